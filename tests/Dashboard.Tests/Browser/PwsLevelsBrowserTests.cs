using System.Globalization;
using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pws.Reports.Cli;
using Pws.Reports.Definitions;
using Pws.Reports.Formatting;
using Pws.Reports.Marts;
using Pws.Reports.Pws;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>The PWS page above one puskesmas: a bar per puskesmas area or kecamatan that drills down to its villages,
/// labels that never overlap, and figures in the first HTML.</summary>
public sealed class PwsLevelsBrowserTests : BrowserTest
{
    private const string Salem = "P3329010101";
    private Periode periode;

    [OneTimeSetUp]
    public void ChooseLastCompleteMonth() =>
        periode = App.Services.GetRequiredService<PeriodeLayananTerakhir>().Read()!.Value.Sebelumnya;

    private static async Task<List<double>> BarValuesAsync(IPage page) =>
        (await page.Locator(".pws-batang-nilai").AllInnerTextsAsync())
        .Select(t => t.Replace(" %", "").Trim()).Where(t => t != Indonesian.Unknown)
        .Select(t => double.Parse(t, NumberStyles.Number, Indonesian.Numbers)).ToList();

    /// <summary>No two labels share a vertical pixel: each bar has its own row.</summary>
    private static async Task AssertLabelsDoNotOverlap(IPage page)
    {
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var label in await page.Locator(".pws-batang-nama").AllAsync()) boxes.Add((await label.BoundingBoxAsync())!);
        for (var i = 1; i < boxes.Count; i++)
            Assert.That(boxes[i].Y, Is.GreaterThanOrEqualTo(boxes[i - 1].Y + boxes[i - 1].Height - 0.5), $"label {i} overlaps label {i - 1}");
    }

    [Test]
    public async Task The_kabupaten_view_has_one_bar_per_puskesmas_high_to_low_and_a_click_opens_its_villages()
    {
        var page = await OpenAsync($"/pws?indikator=K1&periode={periode}");

        Assert.That(await page.Locator(".pws-batang-baris").CountAsync(), Is.EqualTo(38), "the 38 puskesmas of Brebes");
        Assert.That(await page.Locator("tr[data-kode-wilayah]").CountAsync(), Is.EqualTo(38));
        var values = await BarValuesAsync(page);
        Assert.That(values, Is.Ordered.Descending);
        await AssertLabelsDoNotOverlap(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("pws-per-puskesmas") });

        var first = page.Locator(".pws-batang-baris").First;
        var kode = await first.GetAttributeAsync("data-kode-wilayah");
        await first.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**puskesmas={kode}**");
        await page.WaitForSelectorAsync("tr[data-kode-desa]");
        Assert.That(await page.Locator(".pws-chart svg").CountAsync(), Is.EqualTo(1), "a puskesmas keeps the classic chart, a bar per village");
    }

    [Test]
    public async Task Per_kecamatan_a_click_opens_the_villages_of_that_kecamatan()
    {
        var page = await OpenAsync($"/pws?indikator=K1&periode={periode}&per=kecamatan");
        Assert.That(await page.Locator(".pws-batang-baris").CountAsync(), Is.EqualTo(17));

        await page.Locator(".pws-batang-baris[data-kode-wilayah='33.29.03'] a").ClickAsync();
        await page.WaitForURLAsync("**induk=33.29.03**");
        await page.WaitForSelectorAsync("tr[data-kode-desa]");

        var villages = await page.Locator("tr[data-kode-desa]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.kodeDesa)");
        Assert.That(villages, Is.Not.Empty.And.All.StartsWith("33.29.03."));
        Assert.That(await page.Locator("h1 + p").InnerTextAsync(), Does.StartWith("Kecamatan "));
    }

    [TestCase(1366, 768)]
    [TestCase(768, 1024)]
    public async Task Every_village_of_the_kabupaten_gets_a_legible_row_in_a_list_that_scrolls(int width, int height)
    {
        var page = await OpenAsync($"/pws?indikator=K1&periode={periode}&per=desa", width, height);

        Assert.That(await page.Locator(".pws-batang-baris").CountAsync(), Is.EqualTo(297));
        Assert.That(await page.Locator(".pws-batang").EvaluateAsync<bool>("e => e.scrollHeight > e.clientHeight"), Is.True);
        Assert.That(await BarValuesAsync(page), Is.Ordered.Descending);
        await AssertLabelsDoNotOverlap(page);
        Assert.That(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), Is.True, "no sideways scrolling");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot($"pws-per-desa-{width}") });
    }

    [Test]
    public async Task A_puskesmas_bar_is_its_villages_summed_as_the_CLI_export_gives_them()
    {
        using var output = new TempFolder();
        Assert.That(ExportCommand.Run(["export", "pws", "--indikator", "K1", "--periode", periode.ToString(), "--puskesmas", Salem,
            "--format", "csv", "--out", output["salem.csv"], "--warehouse", App.WarehouseFile, "--kabupaten", "33.29"]), Is.EqualTo(0));
        var known = File.ReadAllLines(output["salem.csv"]).Skip(1).Select(l => l.Split(',')).Where(f => f[2].Length > 0).ToList();
        var expected = known.Sum(f => double.Parse(f[4], CultureInfo.InvariantCulture)) * 100 / known.Sum(f => double.Parse(f[2], CultureInfo.InvariantCulture));

        var page = await OpenAsync($"/pws?indikator=K1&periode={periode}");
        var shown = await page.Locator($"tr[data-kode-wilayah='{Salem}'] td[data-kolom='cakupan_kumulatif']").InnerTextAsync();

        Assert.That(shown.Trim(), Is.EqualTo(Indonesian.Percent(expected)));
    }

    [Test]
    public async Task The_first_HTML_of_a_page_already_carries_its_villages_and_figures()
    {
        using var output = new TempFolder();
        Assert.That(ExportCommand.Run(["export", "pws", "--indikator", "K1", "--periode", periode.ToString(), "--puskesmas", Salem,
            "--format", "csv", "--out", output["salem.csv"], "--warehouse", App.WarehouseFile, "--kabupaten", "33.29"]), Is.EqualTo(0));
        var village = File.ReadAllLines(output["salem.csv"]).Skip(1).Select(l => l.Split(',')).First(f => f[7].Length > 0);
        using var http = await App.SignedInClient();

        var html = await http.GetStringAsync($"/pws?indikator=K1&periode={periode}&puskesmas={Salem}");
        var ringkasan = await http.GetStringAsync("/");
        var jangkauan = await http.GetStringAsync("/jangkauan");

        Assert.That(html, Does.Contain(village[1]).And.Contain(village[7].Replace('.', ',')));
        Assert.That(html, Does.Not.Contain("Memuat data"));
        Assert.That(ringkasan, Does.Contain("data-testid=\"k1\"").And.Not.Contain("Memuat data"));
        Assert.That(jangkauan, Does.Contain("data-testid=\"persen-luar-gedung\""));
    }

    [Test]
    public async Task The_workbook_draws_the_same_bars_one_row_each_when_there_are_many()
    {
        using var http = await App.SignedInClient();

        static async Task<(int Width, int Height)> Picture(HttpClient http, string path)
        {
            using var zip = new ZipArchive(await http.GetStreamAsync(path));
            var image = zip.Entries.First(e => e.FullName.StartsWith("xl/media/", StringComparison.Ordinal));
            using var stream = image.Open();
            var header = new byte[24];
            stream.ReadExactly(header);
            return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)),
                System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
        }

        var perPuskesmas = await Picture(http, $"/ekspor/pws.xlsx?indikator=K1&periode={periode}&per=puskesmas");
        var perDesa = await Picture(http, $"/ekspor/pws.xlsx?indikator=K1&periode={periode}&per=desa");

        Assert.That(perPuskesmas, Is.EqualTo((PwsChart.Width, PwsChart.Height)), "38 bars stand side by side");
        Assert.That(perDesa.Height, Is.EqualTo(140 + 20 * 28), "297 bars lie one under the other, printed in parts of 28");
    }
}
