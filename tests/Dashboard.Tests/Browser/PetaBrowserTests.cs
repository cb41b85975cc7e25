using System.IO.Compression;
using Microsoft.Playwright;

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
        Assert.That(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), Is.True, "no sideways scrolling");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot($"peta-{width}") });

        await page.Locator(".peta a[data-kode-desa='33.29.01.2001']").ClickAsync();
        await page.WaitForURLAsync("**/desa/33.29.01.2001");
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
        Assert.That(zip.Entries.Count(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal)), Is.EqualTo(10 + 1), "a chart per PWS indicator and the map");
    }
}
