using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Area;
using Pws.Core.Catalog;
using Pws.Reports.Definitions;
using Pws.Reports.Freshness;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Etl.Tests.Marts;

/// <summary>With a crude birth rate configured, missing maternal and infant sasaran are estimated from
/// PENDUDUK and rounded up; a sasaran that was sent is never replaced.</summary>
public sealed class SasaranEstimationTests
{
    [Test]
    public void Missing_sasaran_are_estimated_from_population_and_CBR_rounded_up_exactly()
    {
        using var warehouse = new TestWarehouse();
        warehouse.Settings = warehouse.Settings with { CbrPerSeribu = 10 };
        warehouse.NewInbox()
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah",
                "2025,33.29.01.2001,PENDUDUK,1000",
                "2025,33.29.01.2002,PENDUDUK,1234",
                "2025,33.29.01.2003,PENDUDUK,1000",
                "2025,33.29.01.2003,IBU_HAMIL,40");
        warehouse.Import();

        int? Sasaran(string indikator, string desa) => warehouse.Query<int?>(
            "SELECT sasaran FROM mart_capaian WHERE kode_indikator = $i AND kode_desa = $d AND tahun = 2025 AND bulan = 1",
            new { i = indikator, d = desa }).Single();

        Assert.Multiple(() =>
        {
            // 1.10 x 10 per 1,000 x 1,000 = 11 exactly: no rounding up to 12.
            Assert.That(Sasaran("K1", "33.29.01.2001"), Is.EqualTo(11));
            Assert.That(Sasaran("PF", "33.29.01.2001"), Is.EqualTo(11), "1.05 x 10 = 10.5, rounded up");
            Assert.That(Sasaran("KN1", "33.29.01.2001"), Is.EqualTo(10));
            // 1.10 x 10 x 1,234 / 1,000 = 13.574 -> 14.
            Assert.That(Sasaran("K1", "33.29.01.2002"), Is.EqualTo(14));
            Assert.That(Sasaran("K1", "33.29.01.2003"), Is.EqualTo(40), "sent sasaran wins");
            Assert.That(Sasaran("DITIMBANG", "33.29.01.2001"), Is.Null, "balita are not estimated from CBR");
            Assert.That(Sasaran("K1", "33.29.02.2001"), Is.Null, "no population, no estimate");
        });
    }

    [Test]
    public void Setting_a_CBR_later_takes_effect_once_the_marts_are_rebuilt()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox().File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,PENDUDUK,1000");
        warehouse.Import();

        warehouse.Settings = warehouse.Settings with { CbrPerSeribu = 20 };
        using var services = warehouse.Services();
        var years = services.GetRequiredService<global::Pws.Etl.Import.Importer>().RebuildAllMarts();
        var laporan = services.GetRequiredService<PwsQuery>().Run("K1", new Periode(2025, 1));

        Assert.That(years, Is.EqualTo(new[] { 2025 }));
        Assert.That(laporan.Desa.Single(d => d.KodeDesa == "33.29.01.2001").Sasaran, Is.EqualTo(22));
    }

    [Test]
    public void Without_a_configured_CBR_nothing_is_estimated()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox().File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,PENDUDUK,1000");
        warehouse.Import();

        var laporan = PwsQueryFor(warehouse, warehouse.Catalog).Run("K1", new Periode(2025, 1));

        Assert.That(laporan.Desa.Single(d => d.KodeDesa == "33.29.01.2001").Sasaran, Is.Null);
    }

    private static PwsQuery PwsQueryFor(TestWarehouse warehouse, IndicatorCatalog catalog)
    {
        var servedArea = new ServedArea(warehouse.Dialect, warehouse.Settings);
        var data = new DataVersion(warehouse.Dialect);
        return new(warehouse.Dialect, catalog, servedArea, new AreaRollups(warehouse.Dialect, servedArea, data),
            new PwsBulanan(warehouse.Dialect, servedArea, data));
    }
}
