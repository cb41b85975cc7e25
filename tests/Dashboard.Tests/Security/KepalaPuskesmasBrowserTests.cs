using Microsoft.Playwright;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Web.Accounts;

namespace Pws.Dashboard.Tests.Security;

/// <summary>A kepala puskesmas in the browser: their own villages only, and an edited address ends on the refusal
/// page instead of another puskesmas' figures.</summary>
public sealed class KepalaPuskesmasBrowserTests : BrowserTest
{
    private const string Salem = "P3329010101";

    protected override string Akun => "kapus-" + Salem;

    [Test]
    public async Task The_PWS_page_shows_only_the_villages_of_their_wilayah_kerja()
    {
        var page = await OpenAsync("/pws?indikator=K1");

        Assert.That(await page.Locator("tr[data-kode-desa]").CountAsync(), Is.EqualTo(10));
        Assert.That(await page.Locator("tr[data-kode-desa]:not([data-kode-desa^='33.29.01.'])").CountAsync(), Is.EqualTo(0));
        Assert.That(await page.Locator("a[href='/kualitas-data']").CountAsync(), Is.EqualTo(1), "their own quarantine");
        Assert.That(await page.Locator("a[href='/pengguna']").CountAsync(), Is.EqualTo(0));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("kapus-pws") });
    }

    [Test]
    public async Task Asking_for_bars_per_kabupaten_shows_their_own_puskesmas_labelled_as_such()
    {
        var page = await OpenAsync("/pws?indikator=K1&per=kabupaten");

        var heading = await page.Locator("h1").InnerTextAsync() + " " + await page.Locator("h1 + *").InnerTextAsync();
        Assert.That(heading, Does.Contain("Puskesmas Salem").And.Not.Contain("KABUPATEN").IgnoreCase.And.Not.Contain("Kabupaten Brebes"));
        Assert.That(await page.Locator("tr[data-kode-desa]").CountAsync(), Is.EqualTo(10), "their own villages, not a kabupaten's");
        Assert.That(await page.Locator("tr[data-kode-wilayah]").CountAsync(), Is.Zero, "no per-kabupaten bars");
    }

    [TestCase(1366, 768)]
    [TestCase(768, 1024)]
    public async Task The_sign_in_page_lists_the_demo_accounts_and_signs_in_with_the_demo_password(int width, int height)
    {
        var page = await NewPageAsync(width, height, anonymous: true);
        await page.GotoAsync(BaseUrl + "/pws");
        await page.WaitForURLAsync("**/masuk**");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot($"masuk-{width}") });

        Assert.That(await page.Locator(".akun-demo li").CountAsync(), Is.EqualTo(3 + 38));
        await page.FillAsync("#nama", "kapus-P3329010101");
        await page.FillAsync("#kata_sandi", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/pws");
        await page.WaitForSelectorAsync("[data-loaded='true']");
        Assert.That(await page.Locator("[data-testid='pengguna-masuk']").InnerTextAsync(), Is.EqualTo("kapus-p3329010101"));
    }

    [TestCase("/pws?indikator=K1&puskesmas=P3329030101")]
    [TestCase("/desa/33.29.03.2001")]
    [TestCase("/spm?tingkat=desa&induk=P3329030101")]
    [TestCase("/spm?tingkat=kabupaten")]
    public async Task Another_puskesmas_page_by_an_edited_address_is_refused(string path)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(BaseUrl + path);

        await page.WaitForURLAsync("**/ditolak");
        Assert.That(await page.Locator("h1").InnerTextAsync(), Is.EqualTo("Akses ditolak"));
        Assert.That(await page.ContentAsync(), Does.Not.Contain("33.29.03.2001"));
        if (path.StartsWith("/pws", StringComparison.Ordinal))
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("kapus-ditolak") });
    }
}
