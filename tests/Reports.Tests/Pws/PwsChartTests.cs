using Pws.Core.Catalog;
using Pws.Reports.Definitions;
using Pws.Reports.Pws;

namespace Pws.Reports.Tests.Pws;

public sealed class PwsChartTests
{
    private static readonly Indikator K1 = new("K1", "Kunjungan pertama ibu hamil", 2, "PWS", ["ANC_K1"], "IBU_HAMIL", 100);

    private static PwsDesa Desa(string nama, PwsProyeksi? proyeksi) =>
        new("33.29.01.200" + nama.Length, nama, 100, 5, 40, 5, 6, 40, 50, PwsStatus.JELEK) { Proyeksi = proyeksi };

    [Test]
    public void A_village_that_cannot_reach_its_target_is_marked_on_the_chart_and_named_in_the_legend()
    {
        var laporan = new PwsLaporan(K1, new Periode(2026, 6), null, 50,
            [Desa("Salem", new PwsProyeksi(76, 10, TidakTerjangkau: true)), Desa("Bentar", new PwsProyeksi(96, 4, false))]);

        var svg = PwsChart.Svg(laporan);

        Assert.That(svg, Does.Contain("Target tahunan tidak terjangkau"));
        Assert.That(svg, Does.Contain("Proyeksi Desember"));
        Assert.That(svg.ToUpperInvariant(), Does.Contain("6A1B9A"), "the red mark itself");
    }

    [Test]
    public void Without_an_unreachable_village_the_chart_has_no_such_mark()
    {
        var laporan = new PwsLaporan(K1, new Periode(2026, 6), null, 50, [Desa("Bentar", new PwsProyeksi(96, 4, false))]);

        var svg = PwsChart.Svg(laporan);

        Assert.That(svg, Does.Not.Contain("tidak terjangkau"));
        Assert.That(svg.ToUpperInvariant(), Does.Not.Contain("6A1B9A"));
    }
}
