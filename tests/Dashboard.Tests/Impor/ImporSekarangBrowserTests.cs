using Microsoft.Playwright;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Tests.Pemetaan;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Impor;

/// <summary>"Impor sekarang" on /kualitas-data follows the import it starts: scheduled or running at once, then finished
/// with its summary, and the page's tables read again, without a reload.</summary>
[NonParallelizable]
public sealed class ImporSekarangBrowserTests
{
    private DashboardApp app = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        app = SimpusDashboard.Start();
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await app.DisposeAsync();
    }

    [Test]
    public async Task The_page_follows_the_import_it_starts_to_its_summary()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync(app.BaseUrl + "/masuk");
        await page.FillAsync("#nama", "analis-uji");
        await page.FillAsync("#kata_sandi", SimpusDashboard.Sandi);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/masuk", StringComparison.Ordinal));
        await page.GotoAsync(app.BaseUrl + "/kualitas-data");
        await page.WaitForSelectorAsync("[data-interactive='true']");
        await page.WaitForSelectorAsync("[data-loaded='true']");
        new InboxBuilder(app.Inbox).File($"{SimpusDashboard.Salem}/simpus_2025-04.csv",
            SimpusDashboard.Header, "RM-010;3329014303950010;02-04-2025;Perempuan;05-05-1995;Banjaran;ANC K1");

        await page.Locator("[data-testid='impor-sekarang']").ClickAsync();
        var progress = page.Locator("[data-testid='impor-kemajuan']");
        Assert.That(await progress.InnerTextAsync(), Does.Match("dijadwalkan|berjalan"), "the page says at once that the import is on its way");
        Assert.That(await page.Locator("[data-testid='impor-sekarang']").IsDisabledAsync(), Is.True, "one import at a time from the page");

        await page.Locator("[data-testid='impor-kemajuan'][data-selesai='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        var summary = await progress.InnerTextAsync();
        // The master files (2 puskesmas, 5 villages of their wilayah kerja) are read at every run, then the April file.
        Assert.That(summary, Is.EqualTo("Impor selesai: 2 sumber, 3 berkas, 8 baris dimuat, 0 dikarantina."));
        Assert.That(app.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(2), "Banjaran's March visit and the April one");
        Assert.That(await page.Locator("[data-testid='impor-sekarang']").IsEnabledAsync(), Is.True);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("impor-sekarang-selesai") });
    }
}
