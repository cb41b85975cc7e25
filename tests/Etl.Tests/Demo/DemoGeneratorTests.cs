using Pws.Etl.Demo;
using Pws.Testing;

namespace Pws.Etl.Tests.Demo;

public sealed class DemoGeneratorTests
{
    private static readonly DemoOptions Options = new(2025, new DateOnly(2025, 12, 31), Skala: 0.2);

    [Test]
    public void The_demo_area_is_Brebes_with_its_297_villages_and_38_puskesmas()
    {
        var area = new BrebesArea();

        Assert.Multiple(() =>
        {
            Assert.That(area.Villages, Has.Count.EqualTo(297));
            Assert.That(area.Villages.Select(v => v.KodeKecamatan).Distinct().Count(), Is.EqualTo(17));
            Assert.That(area.PuskesmasList, Has.Count.EqualTo(38));
            Assert.That(area.PuskesmasList.SelectMany(p => p.Desa).Select(d => d.Kode), Is.EquivalentTo(area.Villages.Select(v => v.Kode)));
            Assert.That(area.PuskesmasList.Select(p => p.Nama), Is.SupersetOf(new[]
                { "Puskesmas Brebes", "Puskesmas Siwuluh", "Puskesmas Bumiayu", "Puskesmas Sirampog", "Puskesmas Bojongsari" }));
        });
    }

    [Test]
    public void The_same_options_write_the_same_inbox_byte_for_byte()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        new DemoGenerator(Options).Write(first.Path);
        new DemoGenerator(Options).Write(second.Path);

        // A workbook is a zip whose entries carry their write time: compare what the entries hold.
        static byte[] Content(string file) => !file.EndsWith(".xlsx", StringComparison.Ordinal)
            ? File.ReadAllBytes(file)
            : System.IO.Compression.ZipFile.OpenRead(file).Entries.OrderBy(e => e.FullName)
                .SelectMany(e => { using var s = e.Open(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); }).ToArray();
        static Dictionary<string, string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Content(f))));

        Assert.That(Files(second.Path), Is.EqualTo(Files(first.Path)));
    }

    [Test]
    public void The_demo_inbox_loads_through_the_real_ETL_with_its_bad_rows_quarantined()
    {
        using var warehouse = new TestWarehouse();
        new DemoGenerator(Options).Write(warehouse.Inbox);

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(summary.RowsLoaded, Is.GreaterThan(5_000));
            var fhirRejected = warehouse.Query<long>("SELECT count(*) FROM karantina WHERE sumber LIKE '%/fhir/%' AND kolom LIKE 'Patient/%-luar'").Single();
            Assert.That(fhirRejected, Is.GreaterThan(0));
            Assert.That(summary.RowsQuarantined, Is.EqualTo(13 + fhirRejected));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan WHERE sumber LIKE '%.xlsx'").Single(), Is.GreaterThan(100));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM skrining WHERE id_skrining LIKE 'FHIR/%'").Single(), Is.GreaterThan(10));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM puskesmas").Single(), Is.EqualTo(38));
            Assert.That(warehouse.Query<long>("SELECT count(DISTINCT kode_desa) FROM wilayah_kerja").Single(), Is.EqualTo(297));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan WHERE luar_wilayah").Single(), Is.GreaterThan(0));
            Assert.That(warehouse.Query<string>("SELECT DISTINCT kolom FROM karantina WHERE kolom IS NOT NULL AND sumber NOT LIKE '%/fhir/%' ORDER BY 1"),
                Is.EqualTo(new[] { "kode_desa", "kode_puskesmas", "layanan", "nik", "sistolik", "skrining_tb", "tanggal", "tanggal_lahir", "tempat" }));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM skrining").Single(), Is.GreaterThan(1_000));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM jkn").Single(), Is.EqualTo(12 * 297));
            // Every service code of the catalog is given somewhere in the demo.
            Assert.That(warehouse.Query<string>("SELECT DISTINCT layanan FROM kunjungan").Concat(["SKRINING_USIA_PRODUKTIF", "SKRINING_LANSIA"]),
                Is.EquivalentTo(warehouse.Catalog.Layanan));
        });
    }

    [Test]
    public void A_second_demo_year_loaded_on_the_first_keeps_the_first_years_FHIR_screenings_and_rebuilds_only_its_own_year()
    {
        using var warehouse = new TestWarehouse();
        var small = Options with { Skala = 0.1 };
        new DemoGenerator(small).Write(warehouse.Inbox);
        warehouse.Import();
        var firstYear = FhirScreenings(warehouse, 2025);

        new DemoGenerator(small with { Tahun = 2026, SampaiTanggal = new DateOnly(2026, 3, 31) }).Write(warehouse.Inbox);
        var secondYear = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(firstYear, Is.GreaterThan(10));
            Assert.That(FhirScreenings(warehouse, 2025), Is.EqualTo(firstYear), "the same patients come back; their readings of last year stay");
            Assert.That(FhirScreenings(warehouse, 2026), Is.GreaterThan(10));
            Assert.That(secondYear.YearsRebuilt, Is.EqualTo(new[] { 2026 }));
        });
    }

    private static long FhirScreenings(TestWarehouse warehouse, int tahun) => warehouse.Query<long>(
        "SELECT count(*) FROM skrining WHERE id_skrining LIKE 'FHIR/%' AND year(tanggal) = $tahun", new { tahun }).Single();
}
