using Microsoft.Playwright;
using Pws.Dashboard.Web.Accounts;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>The dashboard over the Brebes demo and a headless Chromium, started once per fixture.</summary>
[NonParallelizable]
public abstract class BrowserTest
{
    protected DashboardApp App { get; private set; } = null!;
    protected string BaseUrl { get; private set; } = "";
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    private string signedIn = "";

    /// <summary>Settings over the demo's, for a fixture that needs another deployment.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Services over the app's own, for a fixture that watches or tunes the host.</summary>
    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services => null;

    /// <summary>The demo account the fixture's pages are opened with.</summary>
    protected virtual string Akun => "analis";

    [OneTimeSetUp]
    public async Task StartDashboardAndBrowser()
    {
        App = new DashboardApp(Settings, Services);
        BaseUrl = App.BaseUrl;
        (playwright, browser) = await Chromium.LaunchAsync();
        signedIn = await SignInAsync(Akun, DemoAccounts.Password);
    }

    /// <summary>Signs in on the sign-in form and returns the browser state (the cookie) that later pages start from.</summary>
    protected async Task<string> SignInAsync(string nama, string kataSandi)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/masuk");
        await page.FillAsync("#nama", nama);
        await page.FillAsync("#kata_sandi", kataSandi);
        await page.ClickAsync("button[type=submit]");
        // The cookie comes with the redirect: waiting for the landing page to load as well timed out now and then when the
        // suite loaded the machine, and says nothing about signing in.
        await page.WaitForURLAsync(url => !url.Contains("/masuk", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        return await context.StorageStateAsync();
    }

    /// <summary>A page signed in as the fixture's account (or nobody's, or the one whose <paramref name="state"/> from
    /// <see cref="SignInAsync"/> is given), without waiting for anything.</summary>
    /// <param name="timezoneId">The browser's time zone (IANA), when a test needs one other than the machine's.</param>
    /// <param name="script">False for a browser with JavaScript turned off.</param>
    protected async Task<IPage> NewPageAsync(int width = 1366, int height = 768, bool anonymous = false, string? state = null, string? timezoneId = null,
        bool script = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true, StorageState = anonymous ? null : state ?? signedIn,
            TimezoneId = timezoneId, JavaScriptEnabled = script,
            // As a Dinkes browser is set up: its own controls (a date field, a file picker) speak Indonesian.
            Locale = "id-ID",
        });
        return await context.NewPageAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>Opens a page (1366x768 unless given) and waits until its figures are loaded and, on a page that acts, its
    /// circuit is live.</summary>
    protected async Task<IPage> OpenAsync(string path, int width = 1366, int height = 768, string? state = null)
    {
        var page = await NewPageAsync(width, height, state: state);
        var response = await page.GotoAsync(BaseUrl + path);
        Assert.That(response!.Status, Is.EqualTo(200), path);
        await page.WaitForSelectorAsync("[data-interactive='true'], [data-interactive='statis']");
        await page.WaitForSelectorAsync("[data-loaded='true']");
        return page;
    }

    /// <summary>Picks an option of a read page's filter (a native select; the page goes to its new address on the change)
    /// by the label the user reads.</summary>
    protected static async Task ChooseAsync(IPage page, string select, string option) =>
        await page.Locator(select + " select").SelectOptionAsync(new SelectOptionValue { Label = option });

    /// <summary>Picks an option of a MudSelect on a page that acts. A select clicked while the page re-renders after the
    /// previous choice closes its list again, so the click is repeated until the option shows.</summary>
    protected static async Task ChooseLiveAsync(IPage page, string select, string option)
    {
        var item = page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option, Exact = true });
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator(select).ClickAsync();
            try
            {
                await item.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
                break;
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }
        await item.ClickAsync();
    }
}
