using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pws.Dashboard.Tests.Browser;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Security;

/// <summary>The admin's pages in the browser: an account added there signs in with the password shown once, and village
/// boundaries uploaded there draw the map.</summary>
public sealed class AdminBrowserTests : BrowserTest
{
    protected override string Akun => "admin";

    [Test]
    public async Task An_admin_adds_a_Bappeda_account_and_sees_its_one_time_password_once()
    {
        var page = await OpenAsync("/pengguna");
        var nama = page.Locator("[data-testid='nama-baru']").Locator("xpath=descendant-or-self::input");
        await nama.FillAsync("bappeda-2027");
        await ChooseLiveAsync(page, ".pilih-peran", "Bappeda");
        // On a loaded machine the list's closing and the name's round trip can trail the clicks: save once both are settled.
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await Assertions.Expect(page.Locator(".pilih-peran input")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("."));
        await Assertions.Expect(nama).ToHaveValueAsync("bappeda-2027");
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
    public async Task Hangfire_shows_its_times_in_WIB_and_Indonesian_whatever_the_browsers_zone()
    {
        var page = await NewPageAsync(timezoneId: "Europe/London");
        await page.GotoAsync(BaseUrl + "/hangfire/recurring");
        var next = page.Locator("td [data-moment]").First;
        await next.WaitForAsync();

        Assert.That(await page.EvaluateAsync<string>("moment(0, 'X').format('YYYY-MM-DD HH:mm')"), Is.EqualTo("1970-01-01 07:00"), "WIB, not London");
        Assert.That(await page.EvaluateAsync<string>("moment.locale()"), Is.EqualTo("id"));
        Assert.That(await next.InnerTextAsync(), Does.StartWith("dalam"), "the nightly import's next run, relative, in Indonesian");
        // Bootstrap's tooltip moves the title into data-original-title.
        Assert.That(await next.EvaluateAsync<string>("e => e.getAttribute('data-original-title') || e.getAttribute('title')"), Does.EndWith("pukul 01.00"),
            "the nightly import's next run at 01:00 WIB, its cron's hour");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("hangfire-berulang") });
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
