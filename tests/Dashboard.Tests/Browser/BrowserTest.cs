using Microsoft.Playwright;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>The dashboard over the Brebes demo and a headless Chromium, started once per fixture.</summary>
[NonParallelizable]
public abstract class BrowserTest
{
    protected DashboardApp App { get; private set; } = null!;
    protected string BaseUrl { get; private set; } = "";
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    /// <summary>Settings over the demo's, for a fixture that needs another deployment.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public async Task StartDashboardAndBrowser()
    {
        App = new DashboardApp(Settings);
        BaseUrl = App.BaseUrl;
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Opens a page (1366x768 unless given) and waits until the circuit is live and the figures are loaded.</summary>
    protected async Task<IPage> OpenAsync(string path, int width = 1366, int height = 768)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true });
        var response = await page.GotoAsync(BaseUrl + path);
        Assert.That(response!.Status, Is.EqualTo(200), path);
        await page.WaitForSelectorAsync("[data-interactive='true']");
        await page.WaitForSelectorAsync("[data-loaded='true']");
        return page;
    }
}
