using Bunit;
using MudBlazor.Services;
using Pws.Core.Catalog;
using Pws.Dashboard.Web.Components.Pemantauan;
using Pws.Reports.Definitions;
using Pws.Reports.Pws;

namespace Pws.Dashboard.Tests.Components;

public sealed class PwsTabelTests
{
    private static readonly Indikator K1 = new("K1", "Kunjungan pertama ibu hamil (K1)", 2, "PWS", ["ANC_K1"], "IBU_HAMIL", 100);

    private static PwsLaporan Laporan(params PwsDesa[] desa) => new(K1, new Periode(2025, 3), null, 25, desa);

    [Test]
    public async Task Figures_are_written_the_Indonesian_way_and_unknown_coverage_as_a_dash()
    {
        await using var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        var laporan = Laporan(
            new PwsDesa("33.29.01.2001", "Banjaran", 1250, 12, 1234, 0.96, 1.6, 98.72, 25, PwsStatus.BAIK),
            new PwsDesa("33.29.01.2003", "Bentarsari", null, 0, 1, null, null, null, 25, null));

        var table = context.Render<PwsTabel>(parameters => parameters.Add(p => p.Laporan, laporan));

        string Cell(string desa, string column) =>
            table.Find($"tr[data-kode-desa='{desa}'] td[data-kolom='{column}']").TextContent.Trim();
        Assert.Multiple(() =>
        {
            Assert.That(Cell("33.29.01.2001", "sasaran"), Is.EqualTo("1.250"));
            Assert.That(Cell("33.29.01.2001", "kumulatif"), Is.EqualTo("1.234"));
            Assert.That(Cell("33.29.01.2001", "cakupan_kumulatif"), Is.EqualTo("98,72"));
            Assert.That(Cell("33.29.01.2001", "status"), Is.EqualTo("BAIK"));
            Assert.That(Cell("33.29.01.2003", "sasaran"), Is.EqualTo("–"));
            Assert.That(Cell("33.29.01.2003", "cakupan_kumulatif"), Is.EqualTo("–"));
            Assert.That(table.Find("th[data-kolom='total-kumulatif']").TextContent, Is.EqualTo("1.235"));
        });
    }
}
