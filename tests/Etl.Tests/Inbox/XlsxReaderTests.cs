using System.Diagnostics;
using System.IO.Compression;
using Pws.Etl.Inbox;
using Pws.Testing;
using static Pws.Etl.Tests.Inbox.TestWorkbook;
using Xl = DocumentFormat.OpenXml.Spreadsheet;

namespace Pws.Etl.Tests.Inbox;

public sealed class XlsxReaderTests
{
    private const string NotAWorkbook = "Bukan berkas XLSX yang dapat dibaca: bukan buku kerja Excel atau berkasnya rusak.";

    private TempFolder folder = null!;

    [SetUp] public void Create() => folder = new TempFolder();
    [TearDown] public void Delete() => folder.Dispose();

    /// <summary>A visit sheet as a puskesmas would keep it: typed text, dates, NIKs Excel turned into
    /// numbers, a formula, a row left out and cells left empty, and a second sheet of notes.</summary>
    private static TestWorkbook Sample()
    {
        var workbook = new TestWorkbook();
        return workbook
            .Sheet("kunjungan",
                Row(1, workbook.Shared("A1", " ID_Kunjungan "), workbook.Shared("B1", "Tanggal"), Inline("C1", "NIK"),
                    workbook.Shared("D1", "berat"), workbook.Shared("E1", "catatan")),
                Row(2, workbook.Shared("A2", "K-001"), Value("B2", "45292", style: BuiltInDate), Value("C2", "3329014303040356"),
                    Value("D2", "12.5"), Inline("E2", "Hamil ", "anak ke-2")),
                Row(3, Inline("A3", "K-002"), Value("B3", "45322", style: CustomDate), Value("C3", "3.329014303040356E+15"),
                    Formula("D3", "D2+1", "13.5"), Formula("E3", "\"ok\"", "ok", Xl.CellValues.String)),
                Row(5, workbook.Shared("A5", "K-003"), Value("C5", "3329014303040357")))
            .Sheet("catatan",
                Row(1, Inline("A1", "id_kunjungan")),
                Row(2, Inline("A2", "bukan data")));
    }

    private string Save(TestWorkbook workbook, string name = "f.xlsx")
    {
        var path = folder[name];
        workbook.Save(path);
        return path;
    }

    private static TabularFile Open(string path) =>
        TabularFile.Open(path, Path.GetFileName(path), ["id_kunjungan", "tanggal", "nik"], ["berat", "catatan"]);

    private static string OneCell(string path) => XlsxReader.Read(path).Rows.Single().Fields[0];

    [Test]
    public void The_header_is_row_1_of_the_first_sheet_with_names_normalized_as_for_csv()
    {
        var file = Open(Save(Sample()));

        Assert.That(file.Columns, Is.EqualTo(new[] { "id_kunjungan", "tanggal", "nik", "berat", "catatan" }));
    }

    [Test]
    public void Rows_come_from_the_first_sheet_only_and_their_lines_are_the_sheet_row_numbers()
    {
        var records = Open(Save(Sample())).Records.ToList();

        Assert.That(records.Select(r => (r.Line, r.Get("id_kunjungan"))),
            Is.EqualTo(new[] { (2, "K-001"), (3, "K-002"), (5, "K-003") }));
    }

    [Test]
    public void Shared_inline_and_rich_text_strings_are_read_as_their_text()
    {
        var records = Open(Save(Sample())).Records.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(records[0].Get("id_kunjungan"), Is.EqualTo("K-001"));
            Assert.That(records[1].Get("id_kunjungan"), Is.EqualTo("K-002"));
            Assert.That(records[0].Values["catatan"], Is.EqualTo("Hamil anak ke-2"));
        });
    }

    [Test]
    public void Date_cells_with_a_built_in_or_a_custom_date_format_read_as_yyyy_MM_dd()
    {
        var records = Open(Save(Sample())).Records.ToList();

        Assert.That(records.Select(r => r.Get("tanggal")), Is.EqualTo(new[] { "2024-01-01", "2024-01-31", "" }));
    }

    [Test]
    public void A_NIK_stored_as_a_number_keeps_all_16_digits_also_when_written_with_an_exponent()
    {
        var records = Open(Save(Sample())).Records.ToList();

        Assert.That(records.Select(r => r.Get("nik")), Is.EqualTo(new[] { "3329014303040356", "3329014303040356", "3329014303040357" }));
    }

    [Test]
    public void A_formula_cell_reads_as_the_value_Excel_cached_for_it()
    {
        var record = Open(Save(Sample())).Records.ElementAt(1);

        Assert.Multiple(() =>
        {
            Assert.That(record.Get("berat"), Is.EqualTo("13.5"));
            Assert.That(record.Get("catatan"), Is.EqualTo("ok"));
        });
    }

    [Test]
    public void Skipped_empty_cells_keep_the_columns_aligned_and_a_short_row_is_padded_to_the_header()
    {
        var row = XlsxReader.Read(Save(Sample())).Rows.Last();

        Assert.Multiple(() =>
        {
            Assert.That(row.Line, Is.EqualTo(5));
            Assert.That(row.Fields, Is.EqualTo(new[] { "K-003", "", "3329014303040357", "", "" }));
            Assert.That(row.Raw, Is.EqualTo("K-003,,3329014303040357,,"));
        });
    }

    [TestCase("12.5", "12.5")]
    [TestCase("1.25E-1", "0.125")]
    [TestCase("-7", "-7")]
    [TestCase("1E+20", "100000000000000000000")]
    public void A_number_reads_as_written_in_the_file_with_a_dot_as_decimal_point(string raw, string expected)
    {
        var path = Save(new TestWorkbook().Sheet("s", Row(1, Inline("A1", "a")), Row(2, Value("A2", raw))));

        Assert.That(OneCell(path), Is.EqualTo(expected));
    }

    [TestCase("45292", BuiltInDate, false, "2024-01-01")]
    [TestCase("45292.99998", BuiltInDateTime, false, "2024-01-01")]
    [TestCase("45292", LocaleDate, false, "2024-01-01")]
    [TestCase("59", BuiltInDate, false, "1900-02-28")]
    [TestCase("61", BuiltInDate, false, "1900-03-01")]
    [TestCase("43830", BuiltInDate, true, "2024-01-01")]
    [TestCase("1.5", Elapsed, false, "1.5")]
    [TestCase("120", QuotedUnit, false, "120")]
    [TestCase("45292", General, false, "45292")]
    public void A_number_reads_as_a_date_only_when_its_format_shows_a_date(string serial, uint style, bool date1904, string expected)
    {
        var workbook = new TestWorkbook { Date1904 = date1904 }.Sheet("s", Row(1, Inline("A1", "a")), Row(2, Value("A2", serial, style: style)));

        Assert.That(OneCell(Save(workbook)), Is.EqualTo(expected));
    }

    [Test]
    public void Boolean_error_and_iso_date_cells_read_as_text()
    {
        var path = Save(new TestWorkbook().Sheet("s",
            Row(1, Inline("A1", "a"), Inline("B1", "b"), Inline("C1", "c"), Inline("D1", "d")),
            Row(2, Value("A2", "1", Xl.CellValues.Boolean), Value("B2", "0", Xl.CellValues.Boolean), Value("C2", "#N/A", Xl.CellValues.Error),
                Value("D2", "2024-03-05T00:00:00", Xl.CellValues.Date))));

        Assert.That(XlsxReader.Read(path).Rows.Single().Fields, Is.EqualTo(new[] { "TRUE", "FALSE", "#N/A", "2024-03-05" }));
    }

    [Test]
    public void A_phonetic_guide_is_not_part_of_the_text_Excel_shows()
    {
        var guided = new Xl.Cell(new Xl.InlineString(new Xl.Run(new Xl.Text("Tanaka")),
            new Xl.PhoneticRun(new Xl.Text("tanaka")) { BaseTextStartIndex = 0, EndingBaseIndex = 6 }))
        {
            CellReference = "A2",
            DataType = Xl.CellValues.InlineString,
        };
        var path = Save(new TestWorkbook().Sheet("s", Row(1, Inline("A1", "a")), Row(2, guided)));

        Assert.That(OneCell(path), Is.EqualTo("Tanaka"));
    }

    [Test]
    public void An_upper_case_extension_is_still_read_as_a_workbook()
    {
        var file = Open(Save(Sample(), "F.XLSX"));

        Assert.That(file.Records.Count(), Is.EqualTo(3));
    }

    [Test]
    public void A_header_without_a_required_column_cannot_be_read_and_names_the_column()
    {
        var path = Save(new TestWorkbook().Sheet("s", Row(1, Inline("A1", "id_kunjungan"), Inline("B1", "tanggal"))));

        var error = Assert.Throws<UnreadableFileException>(() => Open(path));

        Assert.That(error!.Column, Is.EqualTo("nik"));
    }

    [Test]
    public void A_first_sheet_whose_row_1_is_missing_has_no_header()
    {
        var path = Save(new TestWorkbook().Sheet("s", Row(2, Inline("A2", "id_kunjungan"))));

        Assert.That(() => XlsxReader.Read(path), Throws.TypeOf<UnreadableFileException>().With.Message.EqualTo("Baris kepala kolom kosong."));
    }

    [Test]
    public void A_csv_file_renamed_xlsx_cannot_be_read()
    {
        var path = folder["f.xlsx"];
        File.WriteAllText(path, "id_kunjungan,tanggal,nik\nK-001,2024-01-01,3329014303040356\n");

        Assert.That(() => Open(path), Throws.TypeOf<UnreadableFileException>().With.Message.EqualTo(NotAWorkbook));
    }

    [Test]
    public void A_zip_without_a_workbook_in_it_cannot_be_read()
    {
        var path = folder["f.xlsx"];
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("data.csv").Open()))
                writer.Write("id_kunjungan,tanggal,nik\n");

        Assert.That(() => Open(path), Throws.TypeOf<UnreadableFileException>()
            .With.Message.EqualTo("Bukan berkas XLSX yang dapat dibaca: buku kerja tidak ditemukan."));
    }

    [Test]
    public void A_truncated_workbook_cannot_be_read()
    {
        var path = Save(Sample());
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        Assert.That(() => Open(path), Throws.TypeOf<UnreadableFileException>().With.Message.EqualTo(NotAWorkbook));
    }

    [Test]
    public void A_sheet_damaged_after_its_header_cannot_be_read_once_the_damage_is_reached()
    {
        var path = Save(new TestWorkbook().Sheet("s", Row(1, Inline("A1", "a"))));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            using var stream = sheet.Open();
            stream.SetLength(0);
            using var writer = new StreamWriter(stream);
            writer.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                + """<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c""");
        }

        var (header, rows) = XlsxReader.Read(path);

        Assert.That(header, Is.EqualTo(new[] { "a" }));
        Assert.That(() => rows.ToList(), Throws.TypeOf<UnreadableFileException>()
            .With.Message.EqualTo("Bukan berkas XLSX yang dapat dibaca: isi lembar kerja rusak."));
    }

    [Test]
    public void A_workbook_without_a_sheet_cannot_be_read()
    {
        var path = Save(new TestWorkbook());

        Assert.That(() => Open(path), Throws.TypeOf<UnreadableFileException>()
            .With.Message.EqualTo("Bukan berkas XLSX yang dapat dibaca: tidak ada lembar kerja."));
    }

    [Test]
    public void A_large_sheet_is_streamed_to_its_last_row()
    {
        const int rows = 200_000;
        var path = folder["besar.xlsx"];
        SaveStreamed(path, Enumerable.Range(1, rows + 1).Select(n => n == 1
            ? Row(1, Inline("A1", "id_kunjungan"), Inline("B1", "tanggal"), Inline("C1", "nik"))
            : Row((uint)n, Inline($"A{n}", $"K-{n - 1}"), Value($"B{n}", "45292", style: BuiltInDate), Value($"C{n}", $"{3329010000000000L + n}"))));

        var count = 0;
        SourceRecord? last = null;
        foreach (var record in Open(path).Records)
        {
            count++;
            last = record;
        }

        Assert.That(count, Is.EqualTo(rows));
        Assert.That((last!.Line, last.Get("id_kunjungan"), last.Get("nik")), Is.EqualTo((rows + 1, $"K-{rows}", "3329010000200001")));
    }

    [Test]
    public void The_sample_workbook_saved_again_by_LibreOffice_reads_the_same_except_that_NIK_numbers_lose_their_16th_digit()
    {
        var soffice = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "soffice")).FirstOrDefault(File.Exists);
        if (soffice is null) Assert.Ignore("LibreOffice (soffice) is not installed.");
        var original = Save(Sample(), "sample.xlsx");
        var converted = Directory.CreateDirectory(folder["libreoffice"]).FullName;

        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { "--headless", $"-env:UserInstallation={new Uri(folder["profile"]).AbsoluteUri}",
                "--convert-to", "xlsx", "--outdir", converted, original },
        };
        using (var process = Process.Start(start)!)
        {
            if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        }

        // LibreOffice (7.4 here), like Excel, keeps 15 significant digits of a number: a NIK typed as a
        // number comes back with its last digit rounded, which no reader can undo.
        Assert.That(Open(Path.Combine(converted, "sample.xlsx")).Records.Select(r => (r.Line, r.Raw)), Is.EqualTo(new[]
        {
            (2, "K-001,2024-01-01,3329014303040360,12.5,Hamil anak ke-2"),
            (3, "K-002,2024-01-31,3329014303040360,13.5,ok"),
            (5, "K-003,,3329014303040360,,"),
        }));
    }
}
