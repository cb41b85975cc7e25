using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pws.Dashboard.Tests.Browser;

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
        await page.FillAsync("#kata_sandi", SignIn.DemoPassword);
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

/// <summary>The admin's account page in the browser: an account added there signs in with the password shown once.</summary>
public sealed class AdminBrowserTests : BrowserTest
{
    protected override string Akun => "admin";

    [Test]
    public async Task An_admin_adds_a_Bappeda_account_and_sees_its_one_time_password_once()
    {
        var page = await OpenAsync("/pengguna");
        await page.Locator("[data-testid='nama-baru']").Locator("xpath=descendant-or-self::input").FillAsync("bappeda-2027");
        await page.Locator(".pilih-peran").ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "Bappeda", Exact = true }).ClickAsync();
        await page.Locator("[data-testid='simpan-pengguna']").ClickAsync();

        var password = await page.Locator("[data-testid='sandi-sekali-pakai']").InnerTextAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("pengguna") });
        Assert.That(password, Has.Length.EqualTo(16));
        Assert.That(await page.Locator("tr[data-pengguna='bappeda-2027']").InnerTextAsync(), Does.Contain("Bappeda").And.Contain("menunggu ganti sandi"));

        using var client = SignIn.Client(BaseUrl);
        var signIn = await SignIn.PostAsync(client, "bappeda-2027", password);
        Assert.That(signIn.Headers.Location!.ToString(), Does.Contain("/akun/kata-sandi?wajib=1"));

        var audit = await OpenAsync("/jejak-audit?peristiwa=PENGGUNA_DITAMBAH");
        Assert.That(await audit.Locator("tbody").InnerTextAsync(), Does.Contain("bappeda-2027"));
        await audit.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("jejak-audit") });
    }

    [Test]
    public async Task Without_boundaries_the_map_says_how_to_load_them_and_an_upload_on_the_page_draws_them()
    {
        using (var connection = App.Services.GetRequiredService<Pws.Warehouse.Dialects.Dialect>().Open())
            Dapper.SqlMapper.Execute(connection, "DELETE FROM batas_desa");
        var empty = await OpenAsync("/peta");
        Assert.That(await empty.Locator("[data-testid='tanpa-batas']").InnerTextAsync(), Does.Contain("batas-desa").And.Contain("GeoJSON"));

        using var folder = new Pws.Testing.TempFolder();
        static string Square(double x) => $"{{\"type\":\"Polygon\",\"coordinates\":[[[{x},-6.9],[{x + 0.02},-6.9],[{x + 0.02},-6.92],[{x},-6.92],[{x},-6.9]]]}}";
        File.WriteAllText(folder["batas-brebes.geojson"], "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(',',
            $"{{\"type\":\"Feature\",\"properties\":{{\"KDDESA\":\"3329012001\"}},\"geometry\":{Square(109.0)}}}",
            $"{{\"type\":\"Feature\",\"properties\":{{\"KDDESA\":\"33.29.01.2002\"}},\"geometry\":{Square(109.02)}}}",
            $"{{\"type\":\"Feature\",\"properties\":{{\"KDDESA\":\"9999999999\"}},\"geometry\":{Square(109.04)}}}") + "]}");
        var upload = await OpenAsync("/peta/batas");
        await upload.Locator(".kolom-kode input").FillAsync("KDDESA");
        await upload.Locator(".kolom-kode input").PressAsync("Tab");
        await upload.Locator("input[type=file]").SetInputFilesAsync(folder["batas-brebes.geojson"]);

        Assert.That(await upload.Locator("[data-testid='hasil-batas']").InnerTextAsync(), Does.Contain("2 desa dimuat dari batas-brebes.geojson"));
        Assert.That(await upload.Locator("[data-testid='tidak-dimuat']").InnerTextAsync(), Does.Contain("fitur ke-3"));
        await upload.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("batas-desa") });
        var map = await OpenAsync("/peta");
        Assert.That(await map.Locator(".peta a[data-kode-desa]").CountAsync(), Is.EqualTo(2));
        Assert.That(await map.Locator("[data-testid='peta-skematis']").CountAsync(), Is.EqualTo(0));
    }
}
