using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pws.Core.Catalog;

namespace Pws.Reports.Tests.Templat;

/// <summary>The downloadable templates: the contract's header on the first sheet, the drop-downs' lists on the hidden
/// sheet <c>kode</c>, and the guide, for a Dinkes analyst and for a kepala puskesmas.</summary>
public sealed class TemplatWorkbookTests
{
    private TemplatWarehouse templat = null!;

    [OneTimeSetUp]
    public void ImportMasters() => templat = new TemplatWarehouse();

    [OneTimeTearDown]
    public void CleanUp() => templat.Dispose();

    /// <summary>The data contract's columns, written out here as the contract lists them.</summary>
    private static IEnumerable<TestCaseData> Contract()
    {
        yield return new TestCaseData("kunjungan", new[]
        {
            "id_kunjungan", "tanggal", "kode_puskesmas", "nik", "no_rm", "jenis_kelamin", "tanggal_lahir", "kode_desa", "layanan", "tempat",
        }).SetArgDisplayNames("kunjungan");
        yield return new TestCaseData("skrining", new[]
        {
            "id_skrining", "tanggal", "kode_puskesmas", "nik", "no_rm", "jenis_kelamin", "tanggal_lahir", "kode_desa", "sistolik",
            "diastolik", "gula_darah_sewaktu", "kolesterol_total", "skrining_tb", "skrining_kusta", "kegiatan", "dirujuk",
        }).SetArgDisplayNames("skrining");
        yield return new TestCaseData("sasaran", new[] { "tahun", "kode_desa", "jenis_sasaran", "jumlah" }).SetArgDisplayNames("sasaran");
        yield return new TestCaseData("jkn", new[] { "periode", "kode_desa", "penduduk", "peserta_jkn", "peserta_aktif" })
            .SetArgDisplayNames("jkn");
    }

    [TestCaseSource(nameof(Contract))]
    public void The_first_sheet_is_named_for_the_kind_and_row_1_holds_exactly_the_contracts_header(string jenis, string[] header)
    {
        using var workbook = new XLWorkbook(templat.Analis(jenis));

        var sheet = workbook.Worksheet(1);
        Assert.That(workbook.Worksheets.Select(w => w.Name), Is.EqualTo(new[] { jenis, "petunjuk", "kode" }));
        Assert.That(sheet.Row(1).CellsUsed().Select(c => c.GetString()), Is.EqualTo(header));
        Assert.That(sheet.CellsUsed().Count(), Is.EqualTo(header.Length), "nothing below the header: an example row would be imported");
        Assert.That(sheet.SheetView.SplitRow, Is.EqualTo(1), "frozen header");
        Assert.That(workbook.Worksheet("kode").Visibility, Is.EqualTo(XLWorksheetVisibility.Hidden));
        Assert.That(workbook.Worksheet("petunjuk").Visibility, Is.EqualTo(XLWorksheetVisibility.Visible));
    }

    [TestCase("kunjungan", "id_kunjungan", "@")]
    [TestCase("kunjungan", "nik", "@")]
    [TestCase("kunjungan", "no_rm", "@")]
    [TestCase("kunjungan", "kode_puskesmas", "@")]
    [TestCase("kunjungan", "kode_desa", "@")]
    [TestCase("kunjungan", "tanggal", "yyyy-mm-dd")]
    [TestCase("skrining", "id_skrining", "@")]
    [TestCase("skrining", "nik", "@")]
    [TestCase("skrining", "tanggal_lahir", "yyyy-mm-dd")]
    [TestCase("jkn", "periode", "@")]
    [TestCase("sasaran", "kode_desa", "@")]
    public void Ids_NIK_record_numbers_and_codes_are_text_and_dates_show_as_yyyy_mm_dd(string jenis, string kolom, string format)
    {
        using var workbook = new XLWorkbook(templat.Analis(jenis));
        var sheet = workbook.Worksheet(1);

        var column = sheet.Row(1).CellsUsed().Single(c => c.GetString() == kolom).Address.ColumnNumber;

        // A cell typed in row 3000 takes the column's format.
        Assert.That(sheet.Cell(3000, column).Style.NumberFormat.Format, Is.EqualTo(format));
    }

    [Test]
    public void The_drop_downs_list_the_catalogs_services_the_settings_the_sexes_and_yes_or_no_from_the_hidden_sheet()
    {
        var lists = Lists(templat.Analis("kunjungan"));
        var skrining = Lists(templat.Analis("skrining"));

        Assert.That(lists["layanan"].Codes, Is.EquivalentTo(IndicatorCatalog.Load().Layanan));
        Assert.That(lists["tempat"].Codes, Is.EqualTo(new[] { "DALAM_GEDUNG", "LUAR_GEDUNG", "POSYANDU", "PUSLING", "HOMECARE" }));
        Assert.That(lists["jenis_kelamin"].Codes, Is.EqualTo(new[] { "L", "P" }));
        Assert.That(lists["kode_puskesmas"].Codes, Is.EqualTo(new[] { "P1", "P2" }));
        Assert.That(skrining["skrining_tb"].Codes, Is.EqualTo(new[] { "Y", "T" }));
        Assert.That(skrining["skrining_kusta"].Codes, Is.EqualTo(new[] { "Y", "T" }));
        Assert.That(skrining["dirujuk"].Codes, Is.EqualTo(new[] { "Y", "T" }));
        Assert.That(lists.Values.Select(l => l.Formula), Has.All.StartWith("kode!"));
        Assert.That(lists.Values.Select(l => l.Rows), Has.All.EqualTo("2:5001"));
        Assert.That(lists.Where(l => l.Key != "kode_desa").Select(l => l.Value.Style), Has.All.EqualTo(DataValidationErrorStyleValues.Stop));
    }

    [Test]
    public void The_sasaran_drop_down_lists_every_sasaran_type_the_ETL_accepts_and_each_catalog_sasaran()
    {
        var codes = Lists(templat.Analis("sasaran"))["jenis_sasaran"].Codes;

        Assert.That(codes, Does.Contain("PENDUDUK"));
        Assert.That(codes, Is.SupersetOf(IndicatorCatalog.Load().Indikator.Select(i => i.Sasaran).Distinct()));
    }

    [Test]
    public void An_analysts_template_lists_every_village_of_the_kabupaten_with_its_name_beside_the_code()
    {
        var desa = Lists(templat.Analis("kunjungan"))["kode_desa"];

        Assert.That(desa.Codes, Has.Count.EqualTo(297), "Kabupaten Brebes has 297 desa/kelurahan");
        Assert.That(desa.Codes, Has.All.StartWith("33.29."));
        Assert.That(desa.Names, Has.None.Empty);
        Assert.That(desa.Style, Is.EqualTo(DataValidationErrorStyleValues.Warning), "a patient may live outside the area: another code warns");
    }

    [TestCase("kunjungan")]
    [TestCase("sasaran")]
    public void A_kepala_puskesmas_template_lists_only_its_wilayah_kerja_and_its_own_puskesmas(string jenis)
    {
        var lists = Lists(templat.KepalaP1(jenis));

        Assert.That(lists["kode_desa"].Codes, Is.EqualTo(TemplatWarehouse.DesaP1));
        if (jenis == "kunjungan") Assert.That(lists["kode_puskesmas"].Codes, Is.EqualTo(new[] { "P1" }));
        using var workbook = new XLWorkbook(templat.KepalaP1(jenis));
        var kode = workbook.Worksheet("kode");
        Assert.That(kode.CellsUsed().Select(c => c.GetString()), Has.None.StartWith("33.29.02.").And.None.EqualTo("P2"));
    }

    [Test]
    public void Screening_measurements_are_checked_against_their_plausible_range_as_they_are_typed()
    {
        var validations = Validations(templat.Analis("skrining"));

        Assert.That(validations["sistolik"].Type, Is.EqualTo(DataValidationValues.Decimal));
        Assert.That((validations["sistolik"].Formula, validations["sistolik"].Formula2), Is.EqualTo(("50", "300")));
        Assert.That((validations["kolesterol_total"].Formula, validations["kolesterol_total"].Formula2), Is.EqualTo(("50", "700")));
    }

    [TestCase("kunjungan", "<inbox>/P1/kunjungan_")]
    [TestCase("skrining", "<inbox>/P1/skrining_")]
    [TestCase("sasaran", "<inbox>/master/sasaran_")]
    [TestCase("jkn", "<inbox>/master/jkn_")]
    public void The_guide_in_Bahasa_Indonesia_explains_every_column_and_where_the_file_goes(string jenis, string folder)
    {
        using var workbook = new XLWorkbook(templat.KepalaP1(jenis));
        var petunjuk = workbook.Worksheet("petunjuk");
        var text = string.Join("\n", petunjuk.CellsUsed().Select(c => c.GetString()));

        var header = workbook.Worksheet(1).Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var described = petunjuk.Column(1).CellsUsed().Select(c => c.GetString()).ToHashSet();
        Assert.That(described, Is.SupersetOf(header));
        Assert.That(text, Does.Contain(folder));
        Assert.That(text, Does.Contain("hanya lembar itu yang dibaca"));
        if (jenis is "kunjungan" or "skrining")
            Assert.That(text, Does.Contain("yyyy-MM-dd").And.Contain("16 digit"));
        else
            Assert.That(text, Does.Contain("CSV UTF-8"));
    }

    private sealed record Validation(string Rows, DataValidationValues Type, string Formula, string? Formula2,
        DataValidationErrorStyleValues Style);

    private sealed record DropDown(string Rows, string Formula, DataValidationErrorStyleValues Style, List<string> Codes, List<string> Names);

    /// <summary>Each data validation of the first sheet, by the header of the column it covers, as the file holds it.</summary>
    private static Dictionary<string, Validation> Validations(string path)
    {
        using var workbook = new XLWorkbook(path);
        var header = workbook.Worksheet(1).Row(1).CellsUsed().ToDictionary(c => c.Address.ColumnLetter, c => c.GetString());
        using var document = SpreadsheetDocument.Open(path, false);
        var part = document.WorkbookPart!;
        var first = part.Workbook.Descendants<Sheet>().First();
        var sheet = (WorksheetPart)part.GetPartById(first.Id!);
        return sheet.Worksheet.Descendants<DataValidation>().ToDictionary(
            v => header[new string(Reference(v).TakeWhile(char.IsLetter).ToArray())],
            v =>
            {
                var range = Reference(v).Split(':');
                var rows = string.Join(':', range.Select(r => new string(r.SkipWhile(char.IsLetter).ToArray())));
                return new Validation(rows, v.Type?.Value ?? DataValidationValues.None, v.Formula1!.Text, v.Formula2?.Text,
                    v.ErrorStyle?.Value ?? DataValidationErrorStyleValues.Stop);
            });
    }

    private static string Reference(DataValidation validation) => validation.SequenceOfReferences?.InnerText ?? "";

    /// <summary>Each drop-down of the first sheet, with the codes its list formula points at and the text beside them.</summary>
    private static Dictionary<string, DropDown> Lists(string path)
    {
        using var workbook = new XLWorkbook(path);
        return Validations(path).Where(v => v.Value.Type == DataValidationValues.List).ToDictionary(v => v.Key, v =>
        {
            var parts = v.Value.Formula.Split('!');
            var codes = workbook.Worksheet(parts[0]).Range(parts[1].Replace("$", "", StringComparison.Ordinal)).Cells().ToList();
            return new DropDown(v.Value.Rows, v.Value.Formula, v.Value.Style, codes.Select(c => c.GetString()).ToList(),
                codes.Select(c => c.CellRight().GetString()).ToList());
        });
    }
}
