using Pws.Reports.Cli;
using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Reports.Tests.Pws;

/// <summary>A small inbox whose K1 figures were worked out by hand, run through the real ETL and the
/// real export command. Villages: A = 33.29.01.2001 Banjaran (sasaran 10), B = 33.29.01.2002 Bentar
/// (sasaran 4), C = 33.29.01.2003 Bentarsari (no sasaran), D = 33.29.02.2001 Bangbayang (sasaran 8).</summary>
[TestFixture("duckdb")]
[TestFixture("sqlserver", Category = "SqlServer")]
public sealed class PwsK1KnownTruthTests(string provider)
{
    private const string X = "3329010101900001", W = "3329010101900002", Y = "3329010101900003", T = "3329010101900004",
        U = "3329010101900005", R = "3329010101900006", O = "3329010101900007", V = "3329010101900008",
        Q = "3329010101900009", S = "3328010101900010";

    private TestWarehouse warehouse = null!;
    private TempFolder output = null!;

    [OneTimeSetUp]
    public void ImportHandCheckedInbox()
    {
        if (provider == "sqlserver" && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestWarehouse.SqlServerVariable)))
            Assert.Ignore($"{TestWarehouse.SqlServerVariable} tidak diisi: uji gudang data terhadap SQL Server dilewati.");
        warehouse = new TestWarehouse(provider: provider);
        output = new TempFolder();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.02")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa",
                "P1,33.29.01.2001", "P1,33.29.01.2002", "P1,33.29.01.2003", "P2,33.29.02.2001")
            .File("master/sasaran_2024.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2024,33.29.01.2001,IBU_HAMIL,12")
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah",
                "2025,33.29.01.2001,IBU_HAMIL,10", "2025,33.29.01.2002,IBU_HAMIL,4", "2025,33.29.02.2001,IBU_HAMIL,8",
                "2025,33.29.01.2003,PENDUDUK,900")
            .File("P1/kunjungan_2024-12.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("P1-0001", "2024-12-10", "P1", X, "33.29.01.2001"),
                InboxBuilder.Visit("P1-0002", "2024-12-11", "P1", W, "33.29.01.2001"))
            .File("P1/kunjungan_2025-01.csv", InboxBuilder.KunjunganHeader,
                // X was served in December too: a new year counts her again.
                InboxBuilder.Visit("P1-0003", "2025-01-05", "P1", X, "33.29.01.2001"),
                InboxBuilder.Visit("P1-0004", "2025-01-20", "P1", Y, "33.29.01.2001"),
                InboxBuilder.Visit("P1-0005", "2025-01-20", "P1", T, "33.29.01.2001"),
                InboxBuilder.Visit("P1-0006", "2025-01-15", "P1", U, "3329012002"))
            .File("P1/kunjungan_2025-02.csv",
                "ID_Kunjungan ; Tanggal ; Kode_Puskesmas ; NIK ; No_RM ; Jenis_Kelamin ; Tanggal_Lahir ; Kode_Desa ; Layanan ; Tempat",
                "P1-0007;10/02/2025;P1;;RM-77;P;05/05/1995;3329012001;ANC_K1;POSYANDU",
                "P1-0008;14/02/2025;P1;" + R + ";;P;05/05/1995;3329012003;ANC_K1;POSYANDU")
            .File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("P1-0009", "2025-03-12", "P1", O, "33.29.01.2001"),
                // T moved to B: she already counted in A in January.
                InboxBuilder.Visit("P1-0010", "2025-03-10", "P1", T, "33.29.01.2002"),
                InboxBuilder.Visit("P1-0011", "2025-03-05", "P1", X, "33.29.01.2001", layanan: "ANC_K4"),
                InboxBuilder.Visit("P1-0012", "2025-03-06", "P1", "332901010190001", "33.29.01.2001"),
                InboxBuilder.Visit("P1-0013", "2025-03-07", "P1", S, "33.28.01.2001"))
            // The correction file resends P1-0009 with the right village: it replaces the earlier row.
            .File("P1/kunjungan_2025-03b.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("P1-0009", "2025-03-12", "P1", O, "33.29.01.2002"))
            .File("P2/kunjungan_2025-02.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("P2-0001", "2025-02-03", "P2", Y, "33.29.01.2001"))
            .File("P2/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("P2-0002", "2025-03-01", "P2", V, "33.29.01.2002"),
                InboxBuilder.Visit("P2-0003", "2025-03-02", "P2", Q, "33.29.02.2001"));
        warehouse.Import();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        warehouse?.Dispose();
        output?.Dispose();
    }

    private Dictionary<string, string> Export(string periode, string? puskesmas = null)
    {
        var file = output[$"pws-{periode}-{puskesmas}.csv"];
        string[] args = ["export", "pws", "--indikator", "K1", "--periode", periode, "--format", "csv", "--out", file,
            .. warehouse.CliArguments, "--kabupaten", "33.29"];
        if (puskesmas is not null) args = [.. args, "--puskesmas", puskesmas];
        Assert.That(ExportCommand.Run(args), Is.EqualTo(0));
        var lines = File.ReadAllLines(file);
        Assert.That(lines[0], Is.EqualTo(
            "kode_desa,nama_desa,sasaran,bulan_ini,kumulatif,cakupan_bulan_ini,cakupan_bulan_lalu,cakupan_kumulatif,target_kumulatif,status,proyeksi_desember,perlu_per_bulan,porsi_agregat"));
        return lines.Skip(1).ToDictionary(l => l.Split(',')[0]);
    }

    [Test]
    public void March_counts_each_person_once_in_the_village_and_month_of_her_first_K1()
    {
        var rows = Export("2025-03");

        Assert.Multiple(() =>
        {
            // Projections to December at the pace of January to March (9 months left): Banjaran 3, 1, 0 a month
            // gives (4 + 4/3 x 9) / 10 = 160 % and needs ceil((10 - 4) / 9) = 1 a month; Bentar 1, 0, 2 gives
            // (3 + 9) / 4 = 300 %; Bangbayang 0, 0, 1 gives (1 + 3) / 8 = 50 %, needing ceil(7 / 9) = 1.
            Assert.That(rows["33.29.01.2001"], Is.EqualTo("33.29.01.2001,Banjaran,10,0,4,0.00,10.00,40.00,25.00,KURANG,160.00,1,0.00"));
            Assert.That(rows["33.29.01.2002"], Is.EqualTo("33.29.01.2002,Bentar,4,2,3,50.00,0.00,75.00,25.00,BAIK,300.00,1,0.00"));
            Assert.That(rows["33.29.01.2003"], Is.EqualTo("33.29.01.2003,Bentarsari,,0,1,,,,25.00,,,,0.00"));
            Assert.That(rows["33.29.02.2001"], Is.EqualTo("33.29.02.2001,Bangbayang,8,1,1,12.50,0.00,12.50,25.00,CUKUP,50.00,1,0.00"));
        });
    }

    [Test]
    public void Every_other_village_of_the_kabupaten_is_listed_with_nothing_served_and_unknown_coverage()
    {
        var rows = Export("2025-03");

        Assert.That(rows, Has.Count.EqualTo(297));
        Assert.That(rows["33.29.17.2001"], Does.Match(@"^33\.29\.17\.2001,[^,]+,,0,0,,,,25\.00,,,,0\.00$"));
    }

    [Test]
    public void Villages_sharing_a_name_are_told_apart_by_their_kecamatan()
    {
        var names = Export("2025-03").Values.Select(l => l.Split(',')[1]).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names.Where(n => n.StartsWith("Limbangan (", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(2).And.All.Match(@"^Limbangan \(\w[\w ]*\)$"));
            Assert.That(names, Has.Member("Banjaran").And.Member("Limbangan Kulon"), "a name no other village has stays as it is");
        });
    }

    [Test]
    public void January_compares_with_December_of_the_previous_year()
    {
        var rows = Export("2025-01");

        Assert.Multiple(() =>
        {
            // December 2024: 2 of 12 (sasaran 2024) = 16.67 %; January: 3 of 10.
            Assert.That(rows["33.29.01.2001"], Is.EqualTo("33.29.01.2001,Banjaran,10,3,3,30.00,16.67,30.00,8.33,BAIK,360.00,1,0.00"));
            // No sasaran for 2024: last month's coverage is unknown.
            Assert.That(rows["33.29.01.2002"], Is.EqualTo("33.29.01.2002,Bentar,4,1,1,25.00,,25.00,8.33,BAIK,300.00,1,0.00"));
        });
    }

    [Test]
    public void A_puskesmas_sees_only_the_villages_of_its_wilayah_kerja()
    {
        var rows = Export("2025-03", "P1");

        Assert.That(rows.Keys, Is.EqualTo(new[] { "33.29.01.2001", "33.29.01.2002", "33.29.01.2003" }));
    }

    [Test]
    public void The_luar_wilayah_resident_is_kept_but_counted_in_no_village()
    {
        var luarWilayah = warehouse.Query<long>("SELECT COUNT(*) FROM kunjungan WHERE CAST(luar_wilayah AS INTEGER) = 1 AND kode_desa = '33.28.01.2001'");
        var rows = Export("2025-03");

        Assert.That(luarWilayah.Single(), Is.EqualTo(1));
        Assert.That(rows.Keys, Has.None.StartsWith("33.28."));
    }

    [TestCase(Tingkat.Kecamatan)]
    [TestCase(Tingkat.Puskesmas)]
    [TestCase(Tingkat.Kabupaten)]
    public void An_areas_total_counts_the_people_of_its_villages_without_sasaran_and_its_coverage_only_where_sasaran_is_known(Tingkat per)
    {
        using var services = warehouse.Services();
        var request = new ReportRequest("K1", new Periode(2025, 3), null, 2025, 3, Tingkat.Desa, null, Per: per);

        var laporan = services.GetRequiredService<PwsReport>().Read(request, AreaScope.WholeOf("33.29"));

        // Kumulatif A 4 + B 3 + C 1 (no sasaran) + D 1 = 9 at every level; coverage over A+B+D: 8 of 22.
        var areas = laporan.Wilayah!.Where(a => a.Kumulatif > 0).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(laporan.Wilayah!.Sum(a => a.Kumulatif), Is.EqualTo(laporan.Desa.Sum(d => d.Kumulatif)).And.EqualTo(9));
            Assert.That(laporan.Wilayah!.Sum(a => a.BulanIni), Is.EqualTo(laporan.Desa.Sum(d => d.BulanIni)).And.EqualTo(3));
            if (per == Tingkat.Kabupaten)
                Assert.That(areas.Single().CakupanKumulatif, Is.EqualTo(8 * 100.0 / 22).Within(1e-9));
            else
                Assert.That(areas.Single(a => a.KodeDesa is "P1" or "33.29.01").CakupanKumulatif, Is.EqualTo(7 * 100.0 / 14).Within(1e-9));
        });
    }
}
