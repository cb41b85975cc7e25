using Bunit;
using MudBlazor.Services;
using Pws.Core.Catalog;
using Pws.Dashboard.Web.Components.Pemantauan;
using Pws.Reports.Definitions;
using Pws.Reports.Pws;

namespace Pws.Dashboard.Tests.Components;

public sealed class StatusLegendTests
{
    [Test]
    public async Task The_legend_counts_the_villages_of_each_status_and_leaves_out_unknown_ones()
    {
        await using var context = new BunitContext();
        context.Services.AddMudServices();
        PwsDesa Desa(string kode, PwsStatus? status) => new(kode, kode, status is null ? null : 10, 1, 1, null, null, null, 25, status);
        var laporan = new PwsLaporan(new Indikator("K1", "K1", 2, "PWS", ["ANC_K1"], "IBU_HAMIL", 100), new Periode(2025, 3), null, 25,
            [Desa("a", PwsStatus.BAIK), Desa("b", PwsStatus.BAIK), Desa("c", PwsStatus.JELEK), Desa("d", null)]);

        var legend = context.Render<StatusLegend>(parameters => parameters.Add(p => p.Laporan, laporan));

        Assert.That(Enum.GetValues<PwsStatus>().Select(s => legend.Find($"[data-status='{s}']").TextContent),
            Is.EqualTo(new[] { "2", "0", "0", "1" }));
    }
}
