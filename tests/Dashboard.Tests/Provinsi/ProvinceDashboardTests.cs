using System.Text.Json;
using Microsoft.Playwright;
using Pws.Dashboard.Tests.Browser;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Provinsi;

/// <summary>The dashboard of a Dinas Kesehatan Provinsi (Jawa Tengah, 33), over the Brebes demo as the one
/// kabupaten that has sent data so far.</summary>
public sealed class ProvinceDashboardTests : BrowserTest
{
    private const string SandiAnalisBrebes = "sandi-analis-brebes";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Pws:Kabupaten"] = "33",
        ["Pws:Akses:Pengguna:0:Nama"] = "analis-brebes",
        ["Pws:Akses:Pengguna:0:KataSandi"] = Pws.Core.Security.PasswordHash.Create(SandiAnalisBrebes),
        ["Pws:Akses:Pengguna:0:Peran"] = "ANALIS_DINKES",
        ["Pws:Akses:Pengguna:0:KodeKabKota"] = "33.29",
    };

    [Test]
    public async Task An_analyst_bound_to_Brebes_reads_Brebes_and_is_refused_the_province_and_other_kabupaten()
    {
        using var http = await SignIn.AsAsync(BaseUrl, "analis-brebes", SandiAnalisBrebes);

        using var kabupaten = JsonDocument.Parse(await http.GetStringAsync("/api/spm?tingkat=kabupaten"));
        using var pws = JsonDocument.Parse(await http.GetStringAsync("/api/pws?indikator=K1"));
        var province = await http.GetAsync("/api/spm?tingkat=provinsi");
        var magelang = await http.GetAsync("/api/pws?indikator=K1&kabkota=33.71");
        var magelangDrill = await http.GetAsync("/api/spm?tingkat=kecamatan&induk=33.71");

        Assert.That(kabupaten.RootElement.EnumerateArray().Select(r => r.GetProperty("kode_wilayah").GetString()).Distinct(), Is.EqualTo(new[] { "33.29" }));
        Assert.That(pws.RootElement.GetArrayLength(), Is.EqualTo(297), "the villages of Brebes, not of the province");
        Assert.That(province.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Forbidden));
        Assert.That(magelang.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Forbidden));
        Assert.That(magelangDrill.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task SPM_opens_at_the_kabupaten_kota_of_the_province_and_drills_into_one()
    {
        var page = await OpenAsync("/spm");

        Assert.That(await page.Locator("tr[data-kode-wilayah]").CountAsync(), Is.EqualTo(35), "the 35 kabupaten/kota of Jawa Tengah");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("provinsi-spm") });

        await page.Locator("tr[data-kode-wilayah='33.29'] a").ClickAsync();
        await page.WaitForURLAsync("**induk=33.29**");
        await page.WaitForSelectorAsync("tr[data-kode-wilayah='33.29.17']");
        Assert.That(await page.Locator("tr[data-kode-wilayah]").CountAsync(), Is.EqualTo(17), "Brebes has 17 kecamatan");
    }

    [Test]
    public async Task The_province_total_is_the_sum_of_its_kabupaten_kota()
    {
        using var http = await App.SignedInClient();
        static Dictionary<string, long> Served(JsonDocument json, string kode) => json.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("kode_wilayah").GetString() == kode)
            .ToDictionary(r => r.GetProperty("kode_spm").GetString()!, r => r.GetProperty("terlayani").GetInt64());

        using var province = JsonDocument.Parse(await http.GetStringAsync("/api/spm?tingkat=provinsi"));
        using var kabupaten = JsonDocument.Parse(await http.GetStringAsync("/api/spm?tingkat=kabupaten"));

        Assert.That(province.RootElement.GetArrayLength(), Is.EqualTo(12));
        Assert.That(Served(province, "33"), Is.EqualTo(Served(kabupaten, "33.29")), "only Brebes has data");
        Assert.That(Served(province, "33").Values.Sum(), Is.GreaterThan(0));
    }

    [Test]
    public async Task The_PWS_page_can_pick_a_kabupaten_kota()
    {
        var page = await OpenAsync("/pws?indikator=K1&kabkota=33.29");

        Assert.That(await page.Locator(".filter-kabkota").IsVisibleAsync(), Is.True);
        Assert.That(await page.Locator("body").InnerTextAsync(), Does.Contain("KABUPATEN BREBES, "));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("provinsi-pws-brebes") });
    }
}
