using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Pws.Etl.Demo;
using Pws.Reports.Cli;
using Pws.Reports.Excel;
using Pws.Testing;

namespace Pws.Reports.Tests.Excel;

/// <summary>Every export as a workbook from a demo warehouse: the figures read back equal the CSV's, and
/// LibreOffice opens each file (converted headless, as a user's office suite would open it).</summary>
[NonParallelizable]
public sealed class WorkbookExportTests
{
    private static readonly string[][] Reports =
    [
        ["pws", "--indikator", "K1", "--periode", "2025-06", "--puskesmas", "P3329010101"],
        ["spm", "--tahun", "2025", "--sampai-bulan", "6", "--tingkat", "kecamatan"],
        ["uhc", "--periode", "2025-06"],
        ["skrining", "--tahun", "2025", "--sampai-bulan", "6", "--tingkat", "puskesmas"],
        ["karantina"],
        ["tindak-lanjut", "--periode", "2025-06", "--puskesmas", "P3329010101"],
        ["kaskade", "--tahun", "2025", "--sampai-bulan", "6", "--tingkat", "puskesmas"],
        ["jangkauan", "--tahun", "2025", "--sampai-bulan", "6", "--tingkat", "puskesmas"],
    ];

    private static readonly string[] Lokmin = ["lokmin", "--puskesmas", "P3329010101", "--periode", "2025-06"];

    private TestWarehouse warehouse = null!;
    private TempFolder output = null!;
    private Dictionary<string, (string Pdf, string Csv)>? opened;

    [OneTimeSetUp]
    public void ImportDemo()
    {
        warehouse = new TestWarehouse();
        output = new TempFolder();
        new DemoGenerator(new DemoOptions(2025, new DateOnly(2025, 12, 31), Skala: 0.1)).Write(warehouse.Inbox);
        warehouse.Import();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        warehouse.Dispose();
        output.Dispose();
    }

    private string Export(string[] report, string format)
    {
        var file = output[$"{report[0]}.{format}"];
        Assert.That(ExportCommand.Run(["export", .. report, "--format", format, "--out", file, "--warehouse", warehouse.File, "--kabupaten", "33.29"]),
            Is.EqualTo(0));
        return file;
    }

    private static IEnumerable<TestCaseData> EveryReport() => Reports.Select(r => new TestCaseData((object)r).SetArgDisplayNames(r[0]));

    [TestCaseSource(nameof(EveryReport))]
    public void The_workbooks_first_sheet_holds_the_CSVs_figures_as_typed_cells(string[] report)
    {
        var (header, rows) = global::Pws.Etl.Inbox.CsvReader.Read(Export(report, "csv"));
        var csv = rows.Select(r => r.Fields).ToList();
        // The PWS workbook opens on the summary of every indicator; the indicator asked for has its own sheet.
        var sheet = new SheetCells(Export(report, "xlsx"), report[0] == "pws" ? "K1" : null);

        var pane = sheet.Part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.That(pane.VerticalSplit?.Value, Is.EqualTo(SheetTable.HeaderRow), "frozen header");
        Assert.That(Enumerable.Range(1, header.Length).Select(c => sheet[SheetTable.HeaderRow, c]?.Text), Is.EqualTo(header.Select(JudulKolom.For)),
            "headings for people, in the CSV's order");
        Assert.That(csv, Is.Not.Empty);
        for (var r = 0; r < csv.Count; r++)
        for (var c = 0; c < header.Length; c++)
        {
            var cell = sheet[SheetTable.HeaderRow + 1 + r, c + 1];
            var expected = csv[r][c];
            var where = $"{header[c]}, baris data {r + 1}";
            if (expected.Length == 0)
                Assert.That(cell?.Text ?? "", Is.Empty, where);
            else if (header[c] is not ("kode_wilayah" or "kode_desa" or "isi")
                     && double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                Assert.That(cell!.IsNumber, Is.True, where);
                Assert.That(double.Parse(cell.Text, CultureInfo.InvariantCulture), Is.EqualTo(number).Within(0.005), where);
            }
            else
                Assert.That(cell?.Text, Is.EqualTo(ForPeople(header[c], expected)), where);
        }
    }

    /// <summary>What a workbook shows where the CSV holds a code.</summary>
    private static string ForPeople(string column, string code) => column switch
    {
        "status_uhc" => global::Pws.Reports.Uhc.UhcPeta.Status[code].Label,
        "jenis" => global::Pws.Core.Catalog.IndicatorCatalog.Load().TindakLanjut.Single(j => j.Kode == code).Nama,
        "jenis_kelamin" => code == "L" ? "Laki-laki" : "Perempuan",
        _ => code,
    };

    [Test]
    public void Workbook_headings_and_status_are_words_a_planner_reads_while_the_CSV_keeps_machine_names()
    {
        var uhc = new SheetCells(Export(Reports[2], "xlsx"));
        var csvHeader = File.ReadLines(Export(Reports[2], "csv")).First();

        Assert.That(csvHeader, Does.Contain("status_uhc"));
        var headings = Enumerable.Range(1, 8).Select(c => uhc[SheetTable.HeaderRow, c]?.Text).ToList();
        Assert.That(headings, Does.Contain("Kepesertaan (%)").And.Contain("Status UHC").And.Not.Contain("status_uhc"));
        Assert.That(uhc.Values.Select(v => v.Text), Does.Not.Contain("BELUM_UHC").And.Not.Contain("UHC_PRIORITAS"));
        Assert.That(uhc.Values.Select(v => v.Text).Intersect(["Belum UHC", "UHC", "UHC prioritas"]), Is.Not.Empty);
    }

    [Test]
    public void Every_sheet_of_every_workbook_prints_A4_landscape_with_its_title_filters_and_page_numbers()
    {
        foreach (var report in Reports.Append(Lokmin))
        {
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Export(report, "xlsx"), false);
            var workbook = document.WorkbookPart!;
            foreach (var sheet in workbook.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>())
            {
                var where = $"{report[0]}, lembar {sheet.Name}";
                var worksheet = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
                var setup = worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single();
                var headerFooter = worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.HeaderFooter>().Single();
                Assert.That(setup.PaperSize?.Value, Is.EqualTo(9u), where + ": A4");
                Assert.That(setup.Orientation?.Value, Is.EqualTo(DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape), where);
                // Fitted: fitToPage with fitToWidth left at its default of one page, or a scale worked out for the widest picture.
                var fitted = worksheet.SheetProperties?.PageSetupProperties?.FitToPage?.Value == true && (setup.FitToWidth?.Value ?? 1) == 1;
                Assert.That(fitted || setup.Scale?.Value is > 0 and < 100, Is.True, where + ": fitted to the page width");
                Assert.That(headerFooter.OddHeader?.Text, Does.Match(@"\w.*\n.*\w"), where + ": title and filters");
                Assert.That(headerFooter.OddFooter?.Text, Does.Contain("Halaman &P dari &N"), where);
            }
        }
    }

    [Test]
    public void The_first_sheets_printed_title_is_the_sheets_own()
    {
        foreach (var report in Reports)
        {
            var sheet = new SheetCells(Export(report, "xlsx"));
            var headerFooter = sheet.Part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.HeaderFooter>().Single();
            var title = sheet[1, 1]!.Text;
            Assert.That(headerFooter.OddHeader?.Text, Does.Contain(title.Length > 70 ? title[..70] : title), report[0]);
        }
    }

    [Test]
    public void A_follow_up_workbook_names_its_lists_and_sexes_in_words()
    {
        var daftar = new SheetCells(Export(Reports[5], "xlsx"));

        var headings = Enumerable.Range(1, 10).Select(c => daftar[SheetTable.HeaderRow, c]?.Text).ToList();
        Assert.That(headings, Is.EqualTo(new[]
        {
            "Daftar tindak lanjut", "Kode puskesmas", "Nomor kunjungan/skrining terakhir", "Tanggal kunjungan terakhir", "Kode desa", "Desa",
            "Jenis kelamin", "Usia (tahun)", "Tanggal pemicu", "Batas tindak lanjut",
        }));
        var texts = daftar.Values.Select(v => v.Text).ToList();
        var lists = global::Pws.Core.Catalog.IndicatorCatalog.Load().TindakLanjut;
        Assert.That(texts.Intersect(lists.Select(j => j.Nama)), Is.Not.Empty);
        Assert.That(texts.Intersect(lists.Select(j => j.Kode)), Is.Empty);
        Assert.That(texts, Has.Member("Perempuan").And.No.Member("P").And.No.Member("L"));
    }

    [Test]
    public void The_PWS_workbook_has_a_sheet_per_indicator_each_with_its_chart_and_A4_landscape_print_setup()
    {
        var k1 = new SheetCells(Export(Reports[0], "xlsx"), "K1");

        Assert.That(k1.SheetNames, Is.EqualTo(new[]
            { "Ringkasan", "K1", "K4", "K6", "PF", "KF_LENGKAP", "KN1", "KN_LENGKAP", "KUNJUNGAN_BAYI", "IDL", "DITIMBANG", "UCI" }));
        var page = k1.Part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single();
        Assert.That(page.Orientation?.Value, Is.EqualTo(DocumentFormat.OpenXml.Spreadsheet.OrientationValues.Landscape));
        Assert.That(page.PaperSize?.Value, Is.EqualTo(9u), "A4");
        Assert.That(k1.Part.DrawingsPart?.ImageParts.Count(), Is.EqualTo(1));
        using var zip = System.IO.Compression.ZipFile.OpenRead(output["pws.xlsx"]);
        Assert.That(zip.Entries.Count(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal) && e.Name.EndsWith(".png")), Is.EqualTo(10));
    }

    [Test]
    public void The_PWS_summary_sheet_comes_first_with_each_indicators_area_total()
    {
        var csv = File.ReadAllLines(Export(Reports[0], "csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var ringkasan = new SheetCells(Export(Reports[0], "xlsx"));

        Assert.That(ringkasan.SheetNames[0], Is.EqualTo("Ringkasan"));
        Assert.That(ringkasan[SheetTable.HeaderRow + 1, 1]?.Text, Is.EqualTo("K1"), "the indicator asked for first");
        Assert.That(ringkasan[SheetTable.HeaderRow, 5]?.Text, Is.EqualTo("Kumulatif sejak Januari"));
        Assert.That(double.Parse(ringkasan[SheetTable.HeaderRow + 1, 5]!.Text, CultureInfo.InvariantCulture), Is.EqualTo(csv.Sum(r => int.Parse(r[4]))),
            "K1 kumulatif: the sum of the village rows");
        Assert.That(double.Parse(ringkasan[SheetTable.HeaderRow + 1, 11]!.Text, CultureInfo.InvariantCulture), Is.EqualTo(csv.Count(r => r[9] == "JELEK")),
            "villages reading JELEK");
    }

    [Test]
    public void A_long_PWS_chart_prints_in_parts_each_on_its_own_page_with_its_axis()
    {
        var file = output["pws-kabupaten.xlsx"];
        Assert.That(ExportCommand.Run(["export", "pws", "--indikator", "K1", "--periode", "2025-06", "--format", "xlsx", "--out", file,
            "--warehouse", warehouse.File, "--kabupaten", "33.29"]), Is.EqualTo(0));
        var k1 = new SheetCells(file, "K1");

        var villages = Enumerable.Range(SheetTable.HeaderRow + 1, 1000).TakeWhile(r => k1[r, 1] is not null).Count();
        var parts = (villages + 27) / 28;
        Assert.That(villages, Is.GreaterThan(100));
        Assert.That(k1.Part.DrawingsPart!.ImageParts.Count(), Is.EqualTo(parts));
        Assert.That(new SheetCells(file, "K4").Part.DrawingsPart, Is.Null, "another indicator's long chart comes with its own download");
        Assert.That(k1.Part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.RowBreaks>().Single().Elements<DocumentFormat.OpenXml.Spreadsheet.Break>().Count(),
            Is.EqualTo(parts), "each part starts a page");
        var setup = k1.Part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.PageSetup>().Single();
        Assert.That(setup.Scale?.Value, Is.InRange(40u, 100u));
        Assert.That(new FileInfo(file).Length, Is.LessThan(2_000_000), "a village-level PWS workbook stays under 2 MB");
    }

    [Test]
    public void Printed_with_LibreOffice_a_puskesmas_PWS_workbook_takes_a_page_per_table_and_per_chart()
    {
        var pdf = OpenedByLibreOffice()["pws"].Pdf;

        // Ringkasan, then each of the ten indicators' village table and chart, the UCI sheet: no table spilling its
        // last columns onto a page of their own.
        Assert.That(PdfPages(pdf), Is.EqualTo(1 + 10 * 2 + 1));
    }

    [Test]
    public void The_lokmin_pack_holds_a_puskesmass_month_in_the_order_of_the_meeting_and_prints()
    {
        var xlsx = Export(["lokmin", "--puskesmas", "P3329010101", "--periode", "2025-06"], "xlsx");

        var cover = new SheetCells(xlsx);
        Assert.Multiple(() =>
        {
            Assert.That(cover.SheetNames, Is.EqualTo(new[]
            {
                "Sampul", "Ringkasan", "K1", "K4", "K6", "PF", "KF_LENGKAP", "KN1", "KN_LENGKAP", "KUNJUNGAN_BAYI", "IDL", "DITIMBANG", "UCI",
                "Tindak lanjut", "SPM", "Kaskade",
            }));
            Assert.That(cover[2, 1]?.Text, Does.StartWith("Puskesmas Salem (P3329010101), Juni 2025"));
            var k1 = new SheetCells(xlsx, "K1");
            Assert.That(Enumerable.Range(1, 16).Select(c => k1[SheetTable.HeaderRow, c]?.Text), Has.Member("Proyeksi Desember (%)").And.Member("Perlu per bulan (orang)"));
            var spm = new SheetCells(xlsx, "SPM");
            var villages = Enumerable.Range(SheetTable.HeaderRow + 1, 400).TakeWhile(r => spm[r, 1] is not null).Count();
            Assert.That(villages % 12, Is.Zero, "every service of each of its villages");
            Assert.That(PdfPages(PrintToPdf(xlsx)), Is.GreaterThan(1 + 10 * 2 + 1 + 3), "the cover, the PWS pages and the three sheets after them");
        });
    }

    /// <summary>The PDF LibreOffice prints, kept in artifacts/workbooks for a person to look at.</summary>
    private string PrintToPdf(string xlsx) => PrintToPdf([xlsx])[0];

    private List<string> PrintToPdf(IReadOnlyList<string> workbooks)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "artifacts", "workbooks")).FullName;
        return LibreOffice(["--convert-to", "pdf", "--outdir", folder], workbooks, folder, ".pdf");
    }

    /// <summary>Runs LibreOffice headless once over <paramref name="workbooks"/> and returns what it wrote for each, in order.</summary>
    private List<string> LibreOffice(string[] arguments, IReadOnlyList<string> workbooks, string folder, string extension)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null) Assert.Fail("LibreOffice (soffice) tidak terpasang: tests/run.sh memasangnya dengan apt-get install libreoffice-calc-nogui.");
        var start = new ProcessStartInfo(soffice!, ["--headless", "--norestore", $"-env:UserInstallation=file://{output["lo-profile"]}", .. arguments, .. workbooks])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var (stdout, stderr) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        process.WaitForExit(300_000);
        var written = workbooks.Select(w => Path.Combine(folder, Path.GetFileNameWithoutExtension(w) + extension)).ToList();
        Assert.That(process.ExitCode, Is.EqualTo(0), stderr.Result);
        Assert.That(written.Where(f => !File.Exists(f)), Is.Empty, stdout.Result + stderr.Result);
        return written;
    }

    /// <summary>Every report's workbook printed and converted to CSV by LibreOffice, one run over all of them for each:
    /// a start of LibreOffice takes seconds, and one per workbook and conversion took most of this fixture's time.</summary>
    private Dictionary<string, (string Pdf, string Csv)> OpenedByLibreOffice()
    {
        if (opened is not null) return opened;
        var batch = Directory.CreateDirectory(output["lo-batch"]).FullName;
        var workbooks = Reports.Select(report =>
        {
            var xlsx = Path.Combine(batch, report[0] + ".xlsx");
            // Again after a failed first try: every test of the batch then names the cause, not a file already there.
            File.Copy(Export(report, "xlsx"), xlsx, overwrite: true);
            return xlsx;
        }).ToList();
        var pdfs = PrintToPdf(workbooks);
        var converted = Directory.CreateDirectory(output["lo-csv"]).FullName;
        var csvs = LibreOffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", converted], workbooks, converted, ".csv");
        opened = Reports.Select((report, i) => (Name: report[0], Files: (pdfs[i], csvs[i]))).ToDictionary(r => r.Name, r => r.Files);
        return opened;
    }

    private static int PdfPages(string pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), @"/Type\s*/Page[^s]").Count;

    [Test]
    public void The_SPM_workbook_has_a_sheet_per_level_with_twelve_services_as_columns_and_a_total_row()
    {
        using var workbook = new XLWorkbook(Export(Reports[1], "xlsx"));

        Assert.That(workbook.Worksheets.Select(w => w.Name), Is.EqualTo(new[] { "Data", "Kabupaten", "Kecamatan", "Puskesmas", "Desa", "Definisi" }));
        var kecamatan = workbook.Worksheet("Kecamatan");
        Assert.That(kecamatan.Row(SheetTable.HeaderRow).CellsUsed().Count(), Is.EqualTo(2 + 12 * 4));
        var total = kecamatan.LastRowUsed()!;
        Assert.That(total.Cell(2).GetString(), Is.EqualTo("Jumlah"));
        var kabupaten = workbook.Worksheet("Kabupaten").Row(SheetTable.HeaderRow + 1);
        Assert.That(total.Cell(3).GetDouble(), Is.EqualTo(kabupaten.Cell(3).GetDouble()), "SPM01 sasaran: kecamatan total = kabupaten");
        Assert.That(total.Cell(4).GetDouble(), Is.EqualTo(kabupaten.Cell(4).GetDouble()), "SPM01 terlayani: kecamatan total = kabupaten");
        Assert.That(kecamatan.PageSetup.ColumnBreaks, Is.EqualTo(new[] { 14, 26, 38 }), "three services a printed page");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(output["spm.xlsx"], false);
        Assert.That(document.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
            .Where(n => n.Name == "_xlnm.Print_Titles").Select(n => n.Text), Has.Some.EqualTo("'Kecamatan'!$A:$B,'Kecamatan'!$4:$4"), "each page names its areas");
    }

    [TestCaseSource(nameof(EveryReport))]
    public void LibreOffice_opens_the_workbook_and_reads_the_same_first_sheet(string[] report)
    {
        var (pdf, csv) = OpenedByLibreOffice()[report[0]];
        Assert.That(PdfPages(pdf), Is.GreaterThan(0), "prints");

        var lines = File.ReadAllLines(csv);
        var expected = File.ReadAllLines(Export(report, "csv"));
        var (heading, first) = report[0] == "pws"
            ? ("Indikator", "K1")
            : (JudulKolom.For(expected[0].Split(',')[0]), expected.Length > 1 ? ForPeople(expected[0].Split(',')[0], expected[1].Split(',')[0].Trim('"')) : "");
        Assert.That(lines[SheetTable.HeaderRow - 1], Does.StartWith(heading));
        Assert.That(lines[SheetTable.HeaderRow].Split(',')[0].Trim('"'), Is.EqualTo(first));
    }
}
