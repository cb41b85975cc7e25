using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;
using static Pws.Etl.Tests.Agregat.AgregatFixture;

namespace Pws.Etl.Tests.Agregat;

/// <summary>One puskesmas sends people, the other the PWS KIA form as monthly counts: the counts are bulan_ini of their
/// village and month in every mart, people of the same puskesmas, service and month win over its counts, and every
/// figure says how much of it came from counts. Expected figures are worked out by hand from <see cref="AgregatFixture"/>.</summary>
public sealed class AgregatImportTests
{
    private static AgregatFixture fixture = null!;

    [OneTimeSetUp]
    public static void Import()
    {
        fixture = new AgregatFixture();
        var summary = fixture.Warehouse.Import();
        Assert.That(summary.Failed, Is.Empty);
        Assert.That(summary.RowsQuarantined, Is.Zero, summary.ToString());
    }

    [OneTimeTearDown] public static void Dispose() => fixture.Dispose();

    [Test]
    public void PWS_K1_per_village_adds_the_counts_to_the_people_and_gives_their_share()
    {
        var pws = fixture.Export("pws", "--indikator", "K1", "--periode", "2026-03");

        // Banjaran: people only (January 2, February 1). Bentar: January 1, March 1.
        // Bangbayang: counts 5 (Jan) and 4 (Feb) plus one mother served at P1 in February; P2's March count of 3 is set
        // aside because P2 sent K1 people in March. Banjarsari: count 2 (Jan), P2's March count 6 set aside for its 2 people.
        Assert.Multiple(() =>
        {
            Expect(Row(pws, "kode_desa", Banjaran), "0", "3", "0.00", "5.00", "15.00", "JELEK", "0.00");
            Expect(Row(pws, "kode_desa", Bentar), "1", "2", "10.00", "0.00", "20.00", "CUKUP", "0.00");
            Expect(Row(pws, "kode_desa", Bangbayang), "0", "10", "0.00", "16.67", "33.33", "KURANG", "90.00");
            Expect(Row(pws, "kode_desa", Banjarsari), "2", "4", "12.50", "0.00", "25.00", "BAIK", "50.00");
            Assert.That(pws[0].Keys.Last(), Is.EqualTo("porsi_agregat"), "the share is the last column");
        });
    }

    private static void Expect(Dictionary<string, string> row, string bulanIni, string kumulatif, string cakupanBulanIni, string cakupanBulanLalu,
        string cakupanKumulatif, string status, string porsiAgregat)
    {
        var desa = row["kode_desa"];
        Assert.That(row["bulan_ini"], Is.EqualTo(bulanIni), $"{desa} bulan_ini");
        Assert.That(row["kumulatif"], Is.EqualTo(kumulatif), $"{desa} kumulatif");
        Assert.That(row["cakupan_bulan_ini"], Is.EqualTo(cakupanBulanIni), $"{desa} cakupan_bulan_ini");
        Assert.That(row["cakupan_bulan_lalu"], Is.EqualTo(cakupanBulanLalu), $"{desa} cakupan_bulan_lalu");
        Assert.That(row["cakupan_kumulatif"], Is.EqualTo(cakupanKumulatif), $"{desa} cakupan_kumulatif");
        Assert.That(row["status"], Is.EqualTo(status), $"{desa} status");
        Assert.That(row["porsi_agregat"], Is.EqualTo(porsiAgregat), $"{desa} porsi_agregat");
    }

    [Test]
    public void PWS_K1_totals_per_puskesmas_kecamatan_and_kabupaten_are_the_sums_with_their_share()
    {
        using var services = fixture.Warehouse.Services();
        var query = services.GetRequiredService<PwsQuery>();
        var rollup = services.GetRequiredService<AreaRollups>().For(2026);

        (int Kumulatif, double Porsi) Total(Tingkat tingkat, string kode) =>
            query.Run("K1", new Periode(2026, 3), perTingkat: tingkat, per: rollup.Areas(tingkat).ToList()).Wilayah!
                .Where(w => w.KodeDesa == kode).Select(w => (w.Kumulatif, Math.Round(w.PorsiAgregat, 2))).Single();

        Assert.Multiple(() =>
        {
            Assert.That(Total(Tingkat.Puskesmas, "P1"), Is.EqualTo((5, 0.0)));
            Assert.That(Total(Tingkat.Puskesmas, "P2"), Is.EqualTo((14, 78.57)), "9 + 2 of 10 + 4 from counts");
            Assert.That(Total(Tingkat.Kecamatan, "33.29.01"), Is.EqualTo((5, 0.0)));
            Assert.That(Total(Tingkat.Kecamatan, "33.29.02"), Is.EqualTo((14, 78.57)));
            Assert.That(Total(Tingkat.Kabupaten, "33.29"), Is.EqualTo((19, 57.89)), "11 of 19 from counts");
            Assert.That(Math.Round(query.Run("K1", new Periode(2026, 3)).PorsiAgregat, 2), Is.EqualTo(57.89));
        });
    }

    [TestCase("desa", Banjaran, "19", "1", "5.26", "18", "0.00")]
    [TestCase("desa", Bangbayang, "28", "3", "10.71", "25", "100.00")]
    [TestCase("desa", Banjarsari, "15", "1", "6.67", "14", "100.00")]
    [TestCase("kecamatan", "33.29.01", "28", "1", "3.57", "27", "0.00")]
    [TestCase("kecamatan", "33.29.02", "43", "4", "9.30", "39", "100.00")]
    [TestCase("puskesmas", "P1", "28", "1", "3.57", "27", "0.00")]
    [TestCase("puskesmas", "P2", "43", "4", "9.30", "39", "100.00")]
    [TestCase("kabupaten", "33.29", "71", "5", "7.04", "66", "80.00")]
    public void SPM02_counts_deliveries_from_counts_at_every_level(string tingkat, string kode, string sasaran, string terlayani, string capaian,
        string kekurangan, string porsi)
    {
        var spm = fixture.Export("spm", "--tahun", "2026", "--sampai-bulan", "3", "--tingkat", tingkat)
            .Single(r => r["kode_wilayah"] == kode && r["kode_spm"] == "SPM02");

        Assert.That((spm["sasaran"], spm["terlayani"], spm["capaian"], spm["kekurangan"], spm["porsi_agregat"]),
            Is.EqualTo((sasaran, terlayani, capaian, kekurangan, porsi)));
    }

    [Test]
    public void A_screening_recap_adds_its_screened_and_flagged_people()
    {
        var kabupaten = Row(fixture.Export("skrining", "--tahun", "2026", "--sampai-bulan", "3", "--tingkat", "kabupaten"), "kode_wilayah", "33.29");
        var desa = fixture.Export("skrining", "--tahun", "2026", "--sampai-bulan", "3", "--tingkat", "desa");

        Assert.Multiple(() =>
        {
            // P1 screened 2 people (one with high blood pressure); P2's recap: 40 measured for blood pressure (8 high),
            // 30 for blood sugar (3 high): 40 people screened at least.
            Assert.That((kabupaten["diskrining"], kabupaten["tekanan_darah_tinggi"], kabupaten["gula_darah_tinggi"], kabupaten["porsi_agregat"]),
                Is.EqualTo(("42", "9", "3", "95.24")));
            var bangbayang = Row(desa, "kode_wilayah", Bangbayang);
            Assert.That((bangbayang["diskrining"], bangbayang["tekanan_darah_tinggi"], bangbayang["porsi_agregat"]), Is.EqualTo(("40", "8", "100.00")));
            Assert.That(Row(desa, "kode_wilayah", Banjaran)["porsi_agregat"], Is.EqualTo("0.00"));
        });
    }

    [TestCase("pws", new[] { "--indikator", "K1", "--periode", "2026-03" }, "Ringkasan", "kumulatif sebagian indikator")]
    [TestCase("spm", new[] { "--tahun", "2026", "--sampai-bulan", "3", "--tingkat", "kabupaten" }, "Data", "terlayani")]
    [TestCase("skrining", new[] { "--tahun", "2026", "--sampai-bulan", "3", "--tingkat", "kabupaten" }, "Skrining", "95,24 % dari orang diskrining")]
    public void A_workbooks_first_sheet_notes_the_share_from_counts(string report, string[] filters, string sheet, string figure)
    {
        var file = Path.Combine(fixture.Warehouse.Inbox, "..", $"{report}.xlsx");
        Assert.That(Pws.Reports.Cli.ExportCommand.Run(["export", report, .. filters, "--kabupaten", "33.29", "--format", "xlsx", "--out", file,
            .. fixture.Warehouse.CliArguments]), Is.Zero);

        var (name, cells) = FirstSheet(file);
        Assert.Multiple(() =>
        {
            Assert.That(name, Is.EqualTo(sheet));
            Assert.That(cells["A2"], Does.Contain(figure).And.Contain("berasal dari data agregat"));
            Assert.That(cells.Where(c => c.Key.EndsWith('4') && c.Key.Length == 2).Select(c => c.Value), Has.Some.EqualTo("Dari agregat (%)"));
        });
    }

    /// <summary>The first sheet's name and text by cell reference, read with the Open XML SDK (ClosedXML cannot open a
    /// workbook holding pictures here).</summary>
    private static (string Name, Dictionary<string, string> Cells) FirstSheet(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>()
            .Select(i => i.InnerText).ToList() ?? [];
        var cells = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .ToDictionary(c => c.CellReference!.Value!, c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString
                ? c.CellValue is { } value ? shared[int.Parse(value.Text, System.Globalization.CultureInfo.InvariantCulture)] : ""
                : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "");
        return (sheet.Name!.Value!, cells);
    }

    [Test]
    public void Importing_the_same_inbox_again_changes_no_figure()
    {
        var before = fixture.Export("pws", "--indikator", "K1", "--periode", "2026-03");

        fixture.Warehouse.Import();

        Assert.That(fixture.Export("pws", "--indikator", "K1", "--periode", "2026-03"), Is.EqualTo(before));
    }
}
