using Microsoft.Playwright;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright; no browser is ever downloaded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            Assert.Fail($"{ExecutablePath} tidak ada: pasang dengan 'apt-get install chromium' (tests/run.sh melakukannya).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Where screenshots land: artifacts/screenshots in the checkout.</summary>
    public static string Screenshot(string name)
    {
        var folder = Path.Combine(Pws.Testing.RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}
