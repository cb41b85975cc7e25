using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Cli;
using Pws.Reports.Definitions;
using Pws.Reports.Spm;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Reports.Tests.Provinsi;

/// <summary>A Dinas Kesehatan Provinsi with two kabupaten/kota sending data (<see cref="ProvinceInbox"/>).</summary>
public sealed class ProvinceDeploymentTests
{
    private TestWarehouse warehouse = null!;
    private TempFolder output = null!;

    [OneTimeSetUp]
    public void ImportTwoKabupaten()
    {
        warehouse = ProvinceInbox.ImportedWarehouse();
        output = new TempFolder();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        warehouse?.Dispose();
        output?.Dispose();
    }

    private List<string> Export(params string[] args) => warehouse.ExportCsv(args);

    [Test]
    public void SPM_at_kabupaten_level_lists_each_kabupaten_kota_of_the_province()
    {
        var lines = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "kabupaten");

        Assert.That(lines, Has.Count.EqualTo(1 + 35 * 12), "the 35 kabupaten/kota of Jawa Tengah, 12 services each");
        Assert.That(lines, Does.Contain("33.29,KABUPATEN BREBES,SPM01,15,8,53.33,8,0.00"));
        Assert.That(lines, Does.Contain("33.71,KOTA MAGELANG,SPM01,4,3,75.00,1,0.00"));
    }

    [Test]
    public void SPM_at_province_level_is_the_total_summed_village_by_village()
    {
        var lines = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "provinsi");

        Assert.That(lines, Does.Contain("33,JAWA TENGAH,SPM01,19,11,57.89,9,0.00"));
        Assert.That(lines, Has.Count.EqualTo(1 + 12));
    }

    [Test]
    public void Outreach_at_province_level_counts_the_people_of_every_kabupaten_kota()
    {
        static long YearToDateServed(List<string> lines, string kode) =>
            lines.Skip(1).Select(l => l.Split(',')).Where(c => c[0] == kode && c[2] == "" && c[3] == "").Sum(c => long.Parse(c[4]));
        var provinsi = Export("export", "jangkauan", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "provinsi");
        var kabupaten = Export("export", "jangkauan", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "kabupaten");
        var (brebes, magelang) = (YearToDateServed(kabupaten, "33.29"), YearToDateServed(kabupaten, "33.71"));

        Assert.That((brebes, magelang), Is.Not.EqualTo((0L, 0L)));
        Assert.That(YearToDateServed(provinsi, "33"), Is.EqualTo(brebes + magelang), "nobody of the inbox lives in two kabupaten/kota");
    }

    [Test]
    public void Residents_of_every_kabupaten_of_the_province_count_in_their_village()
    {
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan WHERE luar_wilayah").Single(), Is.Zero);
    }

    [Test]
    public void PWS_can_be_read_for_one_kabupaten_kota_of_the_province()
    {
        var lines = Export("export", "pws", "--indikator", "K6", "--periode", "2025-03", "--kabkota", "3371");

        Assert.That(lines, Has.Count.EqualTo(1 + 17), "the 17 kelurahan of Kota Magelang");
        Assert.That(lines.Single(l => l.StartsWith("33.71.01.1003,", StringComparison.Ordinal)), Does.StartWith("33.71.01.1003,Rejowinangun Selatan,4,0,3,"));
    }

    [Test]
    public void The_drill_down_starts_at_the_province_and_opens_a_kabupaten_into_its_kecamatan()
    {
        using var services = warehouse.Services();
        var scope = AreaScope.WholeOf("33");
        var spm = services.GetRequiredService<SpmReport>();
        var request = new ReportRequest("K1", new Periode(2025, 3), null, 2025, 3, Tingkat.Kecamatan, null, Induk: "33.71");

        var model = spm.Read(request, scope);

        Assert.That((scope.PilihanTingkat[0], scope.TingkatAwal, scope.Below(Tingkat.Provinsi)), Is.EqualTo((Tingkat.Provinsi, Tingkat.Kabupaten, (Tingkat?)Tingkat.Kabupaten)));
        Assert.That(model.IndukNama, Is.EqualTo("KOTA MAGELANG"));
        Assert.That(model.Areas.Select(a => a.Key.Kode), Is.EqualTo(new[] { "33.71.01", "33.71.02", "33.71.03" }));
    }

    [Test]
    public void A_kabupaten_deployment_has_no_province_level()
    {
        using var brebes = new TestWarehouse();
        brebes.NewInbox().File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001");
        brebes.Import();
        var file = output["provinsi.csv"];

        var (exit, error) = ConsoleError.Capture(() => ExportCommand.Run(["export", "spm", "--tahun", "2025", "--tingkat", "provinsi",
            "--format", "csv", "--out", file, .. brebes.CliArguments]));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("Tingkat provinsi tidak ada di penerapan ini"));
    }
}
