using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pws.Dashboard.Tests.Browser;
using Pws.Core.Security;
using Pws.Core.Settings;

namespace Pws.Dashboard.Tests.Security;

/// <summary>Deny by default, and a kepala puskesmas sees only their own wilayah kerja: the dashboard with
/// sign-in on (open mode off) and two users, over the Brebes demo.</summary>
[NonParallelizable]
public sealed partial class AreaAccessTests
{
    private const string Salem = "P3329010101";
    private DashboardApp app = null!;
    private string baseUrl = "";

    [OneTimeSetUp]
    public void Start()
    {
        app = new DashboardApp(new Dictionary<string, string?>
        {
            ["Pws:Akses:Terbuka"] = "false",
            ["Pws:Akses:Pengguna:0:Nama"] = "dinkes",
            ["Pws:Akses:Pengguna:0:KataSandi"] = PasswordHash.Create("sandi-dinkes"),
            ["Pws:Akses:Pengguna:0:Peran"] = "DINKES",
            ["Pws:Akses:Pengguna:1:Nama"] = "pkm-salem",
            ["Pws:Akses:Pengguna:1:KataSandi"] = PasswordHash.Create("sandi-salem"),
            ["Pws:Akses:Pengguna:1:Peran"] = "PUSKESMAS",
            ["Pws:Akses:Pengguna:1:KodePuskesmas"] = Salem,
        });
        baseUrl = app.BaseUrl;
    }

    [OneTimeTearDown]
    public async Task Stop() => await app.DisposeAsync();

    private HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        { BaseAddress = new Uri(baseUrl) };

    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string nama, string kataSandi)
    {
        var page = await client.GetStringAsync("/masuk");
        var token = Token().Match(page).Groups[1].Value;
        return await client.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nama"] = nama, ["kata_sandi"] = kataSandi, ["__RequestVerificationToken"] = token, ["kembali"] = "/",
        }));
    }

    private static async Task<List<Dictionary<string, JsonElement>>> Rows(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<List<Dictionary<string, JsonElement>>>(path))!;

    [TestCase("/")]
    [TestCase("/pws")]
    [TestCase("/api/spm")]
    [TestCase("/ekspor/spm.xlsx")]
    [TestCase("/hangfire")]
    public async Task Without_signing_in_nothing_is_shown(string path)
    {
        using var client = Client();

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden));
        if (response.StatusCode == HttpStatusCode.Redirect) Assert.That(response.Headers.Location!.ToString(), Does.Contain("/masuk"));
    }

    [Test]
    public async Task A_wrong_password_does_not_sign_in()
    {
        using var client = Client();

        var response = await SignIn(client, "pkm-salem", "salah");

        Assert.That(response.Headers.Location!.ToString(), Does.Contain("gagal"));
        Assert.That((await client.GetAsync("/api/uhc")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_kepala_puskesmas_sees_only_the_villages_and_figures_of_their_wilayah_kerja()
    {
        using var client = Client();
        Assert.That((await SignIn(client, "pkm-salem", "sandi-salem")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        // Asking for another puskesmas still answers with Salem's own villages.
        var pws = await Rows(client, "/api/pws?indikator=K1&puskesmas=P3329030101");
        var uhc = await Rows(client, "/api/uhc");
        var spm = await Rows(client, "/api/spm?tingkat=kabupaten");
        var spmDesa = await Rows(client, "/api/spm?tingkat=desa");

        Assert.Multiple(async () =>
        {
            Assert.That(pws.Select(r => r["kode_desa"].GetString()), Has.All.StartsWith("33.29.01."));
            Assert.That(pws, Has.Count.EqualTo(10));
            Assert.That(uhc.Select(r => r["kode_desa"].GetString()), Is.EquivalentTo(pws.Select(r => r["kode_desa"].GetString())));
            Assert.That(spm.Select(r => r["kode_wilayah"].GetString()).Distinct(), Is.EqualTo(new[] { Salem }));
            Assert.That(spmDesa.Select(r => r["kode_wilayah"].GetString()).Distinct().Count(), Is.EqualTo(10));
            Assert.That((await client.GetAsync("/ekspor/spm.xlsx")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await client.GetAsync("/ekspor/pws.xlsx?indikator=K1")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await client.GetAsync("/hangfire")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_Dinkes_analyst_reads_the_whole_kabupaten()
    {
        using var client = Client();
        await SignIn(client, "dinkes", "sandi-dinkes");

        var spm = await Rows(client, "/api/spm?tingkat=kabupaten");
        var pws = await Rows(client, "/api/pws?indikator=K1");

        Assert.That(spm.Select(r => r["kode_wilayah"].GetString()).Distinct(), Is.EqualTo(new[] { "33.29" }));
        Assert.That(pws, Has.Count.EqualTo(297));
        Assert.That((await client.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
