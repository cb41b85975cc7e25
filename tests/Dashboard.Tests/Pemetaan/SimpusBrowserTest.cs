using Microsoft.Playwright;
using Pws.Dashboard.Tests.Browser;

namespace Pws.Dashboard.Tests.Pemetaan;

/// <summary>A browser over the <see cref="SimpusDashboard"/>, its small inbox imported at the first start, with the
/// analyst of its accounts signed in.</summary>
[NonParallelizable]
public abstract class SimpusBrowserTest
{
    protected DashboardApp App { get; private set; } = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        App = SimpusDashboard.Start();
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Signs in as the analyst and opens the page, once its figures are loaded and, on a page that acts, its
    /// circuit is live.</summary>
    protected async Task<IPage> OpenAsAnalystAsync(string path)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await page.GotoAsync(App.BaseUrl + "/masuk");
        await page.FillAsync("#nama", "analis-uji");
        await page.FillAsync("#kata_sandi", SimpusDashboard.Sandi);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/masuk", StringComparison.Ordinal));
        await page.GotoAsync(App.BaseUrl + path);
        await page.WaitForSelectorAsync("[data-interactive='true'], [data-interactive='statis']");
        await page.WaitForSelectorAsync("[data-loaded='true']");
        return page;
    }
}
