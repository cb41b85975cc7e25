using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pws.Reports.Cli;
using Pws.Reports.Definitions;
using Pws.Reports.Formatting;
using Pws.Reports.Marts;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>The /pws page in a real headless Chromium against the dashboard serving the Brebes demo.</summary>
public sealed class PwsPageBrowserTests : BrowserTest
{
    private const string Salem = "P3329010101";
    private const string Bumiayu = "P3329030101";

    private Periode periode;

    /// <summary>The last complete month of the demo: its figures no longer move with today's date.</summary>
    [OneTimeSetUp]
    public void ChooseLastCompleteMonth() =>
        periode = App.Services.GetRequiredService<PeriodeLayananTerakhir>().Read()!.Value.Sebelumnya;

    private static async Task<string> CellAsync(IPage page, string kodeDesa, string column) =>
        (await page.Locator($"tr[data-kode-desa='{kodeDesa}'] td[data-kolom='{column}']").InnerTextAsync()).Trim();

    [Test]
    public async Task The_PWS_page_shows_for_each_village_the_same_K1_figures_as_the_CLI_export()
    {
        using var output = new TempFolder();
        var csv = output["pws.csv"];
        Assert.That(ExportCommand.Run(["export", "pws", "--indikator", "K1", "--periode", periode.ToString(), "--puskesmas", Salem,
            "--format", "csv", "--out", csv, "--warehouse", App.WarehouseFile, "--kabupaten", "33.29"]), Is.EqualTo(0));
        var exported = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).ToList();

        var page = await OpenAsync($"/pws?indikator=K1&periode={periode}&puskesmas={Salem}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("pws-k1-salem"), FullPage = false });

        Assert.That(exported, Has.Count.EqualTo(await page.Locator("tr[data-kode-desa]").CountAsync()));
        Assert.That(exported.Sum(r => int.Parse(r[4], CultureInfo.InvariantCulture)), Is.GreaterThan(0), "the demo serves Salem");
        foreach (var row in exported)
        {
            var kumulatif = int.Parse(row[4], CultureInfo.InvariantCulture);
            var cakupan = row[7].Length == 0 ? Indonesian.Unknown : row[7].Replace('.', ',');
            Assert.That(await CellAsync(page, row[0], "kumulatif"), Is.EqualTo(Indonesian.Count(kumulatif)), row[0]);
            Assert.That(await CellAsync(page, row[0], "cakupan_kumulatif"), Is.EqualTo(cakupan), row[0]);
            Assert.That(await CellAsync(page, row[0], "status"), Is.EqualTo(row[9].Length == 0 ? Indonesian.Unknown : row[9]), row[0]);
        }
        Assert.That(await page.Locator(".pws-chart svg").CountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Choosing_another_puskesmas_puts_it_in_the_URL_and_shows_its_villages()
    {
        var page = await OpenAsync($"/pws?indikator=K1&periode={periode}&puskesmas={Salem}");
        Assert.That(await page.Locator("tr[data-kode-desa^='33.29.01.']").CountAsync(), Is.GreaterThan(0));

        await ChooseAsync(page, ".filter-puskesmas", "Puskesmas Bumiayu");
        await page.WaitForURLAsync($"**puskesmas={Bumiayu}**");
        await page.WaitForSelectorAsync("tr[data-kode-desa^='33.29.03.']");

        Assert.That(await page.Locator("tr[data-kode-desa^='33.29.01.']").CountAsync(), Is.EqualTo(0));
        Assert.That(await page.Locator("h1").InnerTextAsync(), Does.Contain("Kunjungan pertama ibu hamil"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("pws-k1-bumiayu") });
    }
}
