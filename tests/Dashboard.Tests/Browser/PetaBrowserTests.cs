using System.IO.Compression;
using Microsoft.Playwright;
using Pws.Dashboard.Web.Accounts;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>The village map over the demo's schematic map: every village drawn, named on hover, linked to its profile,
/// coloured by the layer chosen; and the same map in the PWS workbook.</summary>
public sealed class PetaBrowserTests : BrowserTest
{
    [TestCase(1366, 768)]
    [TestCase(768, 1024)]
    public async Task The_demo_map_draws_every_village_says_it_is_schematic_and_links_to_the_village(int width, int height)
    {
        var page = await OpenAsync("/peta", width, height);

        Assert.That(await page.Locator("[data-testid='peta-skematis']").CountAsync(), Is.EqualTo(1));
        Assert.That(await page.Locator(".peta a[data-kode-desa]").CountAsync(), Is.EqualTo(297));
        Assert.That(await page.Locator(".peta a[data-kode-desa='33.29.01.2001'] title").TextContentAsync(), Does.StartWith("Banjaran: "));
        Assert.That(await page.Locator(".peta-legenda .legend-item").CountAsync(), Is.EqualTo(5), "four PWS statuses and no sasaran");
        Assert.That(await page.Locator(".peta text.peta-nama").AllTextContentsAsync(), Has.Count.EqualTo(17).And.Contains("Salem").And.Contains("Bumiayu"),
            "each of Brebes's 17 kecamatan groups named");
        Assert.That(await page.Locator("[data-testid='peta-wilayah']").TextContentAsync(), Does.Contain("Wilayah: KABUPATEN BREBES").IgnoreCase);
        Assert.That(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), Is.True, "no sideways scrolling");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot($"peta-{width}") });

        await page.Locator(".peta a[data-kode-desa='33.29.01.2001']").ClickAsync();
        await page.WaitForURLAsync("**/desa/33.29.01.2001");
    }

    [Test]
    public async Task The_legend_stays_in_view_while_a_tall_map_scrolls_under_it()
    {
        var page = await OpenAsync("/peta", 390, 844);

        await page.Mouse.WheelAsync(0, 900);
        await page.WaitForTimeoutAsync(300);
        var legend = await page.Locator("[data-testid='peta-legenda']").BoundingBoxAsync();
        Assert.That(legend!.Y, Is.InRange(0, 844 - legend.Height), "the legend is on screen after scrolling down the map");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("peta-ponsel-gulir") });
    }

    [Test]
    public async Task A_kepala_puskesmas_map_says_whose_area_it_shows()
    {
        var page = await OpenAsync("/peta", state: await SignInAsync("kapus-p3329010101", DemoAccounts.Password));

        Assert.That(await page.Locator("[data-testid='peta-wilayah']").TextContentAsync(), Does.Contain("Salem"));
        Assert.That(await page.Locator(".peta a[data-kode-desa]").CountAsync(), Is.EqualTo(10), "its own villages only");
        Assert.That(await page.Locator(".peta text.peta-nama").AllTextContentsAsync(), Has.Count.EqualTo(10).And.Contains("Banjaran"),
            "a small map names each of its villages");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("peta-kapus") });
    }

    [Test]
    public async Task Choosing_the_UHC_layer_colours_villages_by_their_UHC_status()
    {
        var page = await OpenAsync("/peta?lapisan=uhc");

        var fills = await page.Locator(".peta path").EvaluateAllAsync<string[]>("paths => [...new Set(paths.map(p => p.getAttribute('fill')))]");
        Assert.That(fills, Is.SubsetOf(new[] { "#1B5E20", "#66BB6A", "#EF6C00", "#E0E0E0" }));
        Assert.That(fills, Has.Length.GreaterThan(1), "the demo's villages are not all of one status");
        Assert.That(await page.Locator(".peta-legenda").InnerTextAsync(), Does.Contain("UHC prioritas").And.Contain("Belum UHC"));
    }

    [Test]
    public async Task The_PWS_workbook_carries_the_map_on_a_sheet_of_its_own()
    {
        using var http = await App.SignedInClient();

        using var zip = new ZipArchive(await http.GetStreamAsync("/ekspor/pws.xlsx?indikator=K1"));
        using var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        var sheets = await workbook.ReadToEndAsync();

        Assert.That(sheets, Does.Contain("name=\"Peta\""));
        Assert.That(zip.Entries.Count(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal)), Is.EqualTo((297 + 27) / 28 + 1),
            "K1's chart of 297 villages in printed parts of 28 (the other indicators' long charts come with their own download), and the map");
    }
}
