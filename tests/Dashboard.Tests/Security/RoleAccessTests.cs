using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Security;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Web.Accounts;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Security;

/// <summary>Each role signed in over the Brebes demo: what it reads, what it is refused (403, never an emptied
/// answer), and that anonymous requests are sent to the sign-in form or refused.</summary>
[NonParallelizable]
public sealed class RoleAccessTests
{
    private const string Salem = "P3329010101";
    private const string Bumiayu = "P3329030101";
    private const string DesaSalem = "33.29.01.2001";
    private const string DesaBumiayu = "33.29.03.2001";
    private DashboardApp app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        app = new DashboardApp(new Dictionary<string, string?>
        {
            // A user of the first release's configuration: role DINKES, a pbkdf2-sha256 hash.
            ["Pws:Akses:Pengguna:0:Nama"] = "dinkes-lama",
            ["Pws:Akses:Pengguna:0:KataSandi"] =
                "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$rle0onHrcQPYGU9Wm1Fvcjp8fMdePynL9taMW9hrXJY=",
            ["Pws:Akses:Pengguna:0:Peran"] = "DINKES",
        });
        _ = app.BaseUrl;
    }

    [OneTimeTearDown]
    public async Task Stop() => await app.DisposeAsync();

    private Task<HttpClient> As(string nama) => app.SignedInClient(nama);

    private static async Task<List<Dictionary<string, JsonElement>>> Rows(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<List<Dictionary<string, JsonElement>>>(path))!;

    [TestCase("/")]
    [TestCase("/pws")]
    [TestCase("/pengguna")]
    public async Task Anonymous_pages_go_to_the_sign_in_form(string path)
    {
        using var client = SignIn.Client(app.BaseUrl);

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/masuk"));
    }

    [TestCase("/api/spm")]
    [TestCase("/api/desa/33.29.01.2001")]
    [TestCase("/ekspor/spm.xlsx")]
    [TestCase("/ekspor/pws.png")]
    [TestCase("/ekspor/karantina.csv")]
    public async Task Anonymous_API_calls_and_downloads_get_401(string path)
    {
        using var client = SignIn.Client(app.BaseUrl);

        Assert.That((await client.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_sign_in_page_lists_the_demo_accounts_and_their_password()
    {
        using var client = SignIn.Client(app.BaseUrl);

        var page = await client.GetStringAsync("/masuk");

        Assert.That(page, Does.Contain("type=\"text\"").And.Contain("type=\"password\""));
        Assert.That(page, Does.Contain(">admin<").And.Contain(">analis<").And.Contain(">bappeda<").And.Contain($">kapus-{Salem.ToLowerInvariant()}<"));
        Assert.That(page, Does.Contain(DemoAccounts.Password));
        Assert.That(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), Does.Contain($"**`{DemoAccounts.DefaultPassword}`**"),
            "the README gives the demo password the page shows");
    }

    [TestCase("admin")]
    [TestCase("analis")]
    [TestCase("bappeda")]
    [TestCase("kapus-" + Salem)]
    public async Task Each_demo_account_signs_in_with_the_demo_password(string nama)
    {
        using var client = await As(nama);

        Assert.That((await client.GetAsync("/api/ringkasan")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_user_from_the_first_releases_configuration_still_signs_in_as_a_Dinkes_analyst()
    {
        using var client = await SignIn.AsAsync(app.BaseUrl, "dinkes-lama", "sandi-lama");

        Assert.That(await Rows(client, "/api/pws?indikator=K1"), Has.Count.EqualTo(297));
        Assert.That((await client.GetAsync("/pengguna")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_kepala_puskesmas_reads_only_the_villages_of_their_wilayah_kerja()
    {
        using var client = await As("kapus-" + Salem);

        var pws = await Rows(client, "/api/pws?indikator=K1");
        var spm = await Rows(client, "/api/spm?tingkat=puskesmas");
        var spmDesa = await Rows(client, "/api/spm?tingkat=desa");

        Assert.That(pws.Select(r => r["kode_desa"].GetString()), Has.All.StartsWith("33.29.01."));
        Assert.That(pws, Has.Count.EqualTo(10));
        Assert.That(spm.Select(r => r["kode_wilayah"].GetString()).Distinct(), Is.EqualTo(new[] { Salem }));
        Assert.That(spmDesa.Select(r => r["kode_wilayah"].GetString()).Distinct().Count(), Is.EqualTo(10));
        Assert.That((await client.GetAsync($"/api/desa/{DesaSalem}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync($"/ekspor/pws.xlsx?indikator=K1&puskesmas={Salem}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_kepala_puskesmas_follow_up_list_names_only_their_own_visits_by_the_puskesmas_ids()
    {
        using var client = await As("kapus-" + Salem);

        var rows = await Rows(client, "/api/tindak-lanjut");
        var lokmin = await client.GetAsync("/ekspor/lokmin.xlsx");

        Assert.That(rows, Is.Not.Empty, "the demo has Salem's mothers and babies to follow up");
        Assert.That(rows.Select(r => r["kode_puskesmas"].GetString()).Distinct(), Is.EqualTo(new[] { Salem }),
            "their own records, whichever village the person lives in");
        Assert.That(rows.SelectMany(r => r.Keys).Distinct(), Has.None.Contains("nik").And.None.Contains("pseudonim"));
        Assert.That(rows.Select(r => r["id_kunjungan"].GetString()), Has.None.Match(@"^\d{16}$"), "a visit id, never a NIK");
        Assert.That(lokmin.StatusCode, Is.EqualTo(HttpStatusCode.OK), "their own pack, the puskesmas taken from their area");
    }

    [TestCase("/api/pws?indikator=K1&puskesmas=" + Bumiayu)]
    [TestCase("/api/spm?tingkat=kabupaten")]
    [TestCase("/api/spm?tingkat=desa&induk=" + Bumiayu)]
    [TestCase("/api/desa/" + DesaBumiayu)]
    [TestCase("/ekspor/pws.xlsx?indikator=K1&puskesmas=" + Bumiayu)]
    [TestCase("/ekspor/pws.png?indikator=K1&puskesmas=" + Bumiayu)]
    [TestCase("/ekspor/pws.csv?indikator=K1&puskesmas=" + Bumiayu)]
    [TestCase("/ekspor/spm.xlsx")]
    [TestCase("/api/tindak-lanjut?puskesmas=" + Bumiayu)]
    [TestCase("/ekspor/tindak-lanjut.csv?puskesmas=" + Bumiayu)]
    [TestCase("/ekspor/tindak-lanjut.xlsx?puskesmas=" + Bumiayu)]
    [TestCase("/ekspor/lokmin.xlsx?puskesmas=" + Bumiayu)]
    [TestCase("/hangfire")]
    public async Task A_kepala_puskesmas_is_refused_another_area_by_an_edited_address(string path)
    {
        using var client = await As("kapus-" + Salem);

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), await response.Content.ReadAsStringAsync());
    }

    [TestCase("/pws?indikator=K1&puskesmas=" + Bumiayu)]
    [TestCase("/desa/" + DesaBumiayu)]
    [TestCase("/spm?tingkat=kabupaten")]
    public async Task A_kepala_puskesmas_page_of_another_area_answers_with_the_refusal_page(string path)
    {
        using var client = await As("kapus-" + Salem);

        var response = await client.GetAsync(path);
        var refusal = await client.GetAsync("/ditolak");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith("/ditolak"));
        Assert.That(refusal.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await refusal.Content.ReadAsStringAsync(), Does.Contain("Akses ditolak").And.Not.Contain(DesaBumiayu));
    }

    [TestCase("/api/karantina")]
    [TestCase("/api/tindak-lanjut")]
    [TestCase("/ekspor/tindak-lanjut.xlsx")]
    [TestCase("/ekspor/karantina.csv")]
    [TestCase("/ekspor/karantina.xlsx")]
    [TestCase("/kualitas-data")]
    [TestCase("/hangfire")]
    [TestCase("/pengguna")]
    [TestCase("/jejak-audit")]
    public async Task Bappeda_is_refused_quarantine_rows_import_controls_and_administration(string path)
    {
        using var client = await As("bappeda");

        Assert.That((await client.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("/api/spm?tingkat=desa")]
    [TestCase("/api/uhc")]
    [TestCase("/api/pws?indikator=K1")]
    [TestCase("/api/skrining?tingkat=kecamatan")]
    [TestCase("/ekspor/spm.xlsx?tingkat=desa")]
    [TestCase("/ekspor/uhc.xlsx")]
    [TestCase("/ekspor/spm.csv?tingkat=kecamatan")]
    public async Task Bappeda_reads_and_exports_the_aggregates_of_the_whole_kabupaten(string path)
    {
        using var client = await As("bappeda");

        Assert.That((await client.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("analis")]
    [TestCase("bappeda")]
    [TestCase("kapus-" + Salem)]
    public async Task The_job_dashboard_refuses_everyone_but_an_admin(string nama)
    {
        using var client = await As(nama);
        using var admin = await As("admin");

        Assert.That((await client.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await admin.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var admin = await As("admin");
        var created = await AddUser(admin, "terkunci-uji", Peran.AnalisDinkes);
        using var client = SignIn.Client(app.BaseUrl);

        for (var i = 0; i < 4; i++)
            Assert.That((await SignIn.PostAsync(client, "terkunci-uji", "salah")).Headers.Location!.ToString(), Does.Contain("gagal"));
        var fifth = await SignIn.PostAsync(client, "terkunci-uji", "salah");
        var right = await SignIn.PostAsync(client, "terkunci-uji", created);

        Assert.That(fifth.Headers.Location!.ToString(), Does.Contain("terkunci"));
        Assert.That(right.Headers.Location!.ToString(), Does.Contain("terkunci"));
        Assert.That(await client.GetStringAsync("/masuk?terkunci=1"), Does.Contain("Akun terkunci 15 menit"));
        var trail = await admin.GetStringAsync("/ekspor/jejak-audit.csv?pengguna=terkunci-uji");
        Assert.That(trail, Does.Contain(",TERKUNCI,"));
        Assert.That(trail.Split('\n').Count(l => l.Contains(",GAGAL_MASUK,")), Is.EqualTo(5), "four wrong passwords, then the right one while locked");
    }

    [Test]
    public async Task A_new_account_signs_in_with_its_one_time_password_and_must_replace_it_first()
    {
        using var admin = await As("admin");
        var oneTime = await AddUser(admin, "kapus-baru", Peran.KepalaPuskesmas, Bumiayu);
        using var client = SignIn.Client(app.BaseUrl);

        var signIn = await SignIn.PostAsync(client, "kapus-baru", oneTime);
        var before = await client.GetAsync("/api/pws?indikator=K1");
        var form = await client.GetStringAsync("/akun/kata-sandi?wajib=1");
        var changed = await client.PostAsync("/akun/ganti-kata-sandi", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["lama"] = oneTime, ["baru"] = "sandi-baru-bumiayu", ["ulangi"] = "sandi-baru-bumiayu", ["__RequestVerificationToken"] = SignIn.Token(form),
        }));
        Assert.That(signIn.Headers.Location!.ToString(), Does.Contain("/akun/kata-sandi?wajib=1"));
        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "nothing opens before the one-time password is replaced");
        Assert.That((int)changed.StatusCode, Is.EqualTo(302), await changed.Content.ReadAsStringAsync());
        Assert.That(changed.Headers.Location!.ToString(), Does.Contain("berhasil"));
        var after = await Rows(client, "/api/pws?indikator=K1");

        Assert.That(after.Select(r => r["kode_desa"].GetString()), Has.All.StartsWith("33.29.03."));
        Assert.That(async () => (await SignIn.AsAsync(app.BaseUrl, "kapus-baru", "sandi-baru-bumiayu")).Dispose(), Throws.Nothing);
    }

    [Test]
    public async Task A_disabled_account_is_signed_out_on_its_next_request()
    {
        using var admin = await As("admin");
        var password = await AddUser(admin, "analis-sementara", Peran.AnalisDinkes);
        using var client = SignIn.Client(app.BaseUrl);
        await SignIn.PostAsync(client, "analis-sementara", password);
        var page = await client.GetStringAsync("/akun/kata-sandi?wajib=1");
        await client.PostAsync("/akun/ganti-kata-sandi", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["lama"] = password, ["baru"] = "sandi-sementara-1", ["ulangi"] = "sandi-sementara-1", ["__RequestVerificationToken"] = SignIn.Token(page),
        }));
        Assert.That((await client.GetAsync("/api/uhc")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var accounts = app.Services.GetRequiredService<Pws.Dashboard.Web.Accounts.AccountAdministration>();
        Assert.That(accounts.Change(app.Principal(), "analis-sementara", Peran.AnalisDinkes, null, null, aktif: false).Berhasil);

        Assert.That((await client.GetAsync("/api/uhc")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_last_active_admin_cannot_be_disabled()
    {
        var accounts = app.Services.GetRequiredService<Pws.Dashboard.Web.Accounts.AccountAdministration>();

        var outcome = accounts.Change(app.Principal(), "admin", Peran.Admin, null, null, aktif: false);

        Assert.That(outcome.Berhasil, Is.False);
        Assert.That(outcome.Pesan, Does.Contain("admin aktif terakhir"));
        Assert.That((await (await As("admin")).GetAsync("/pengguna")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Every_export_and_API_call_is_in_the_audit_trail_with_its_user_and_filters()
    {
        using var analis = await As("analis");
        await analis.GetAsync("/ekspor/spm.xlsx?tahun=2026&tingkat=desa");
        await analis.GetAsync("/api/uhc?periode=2026-03");
        using var kapus = await As("kapus-" + Salem);
        await kapus.GetAsync($"/api/desa/{DesaBumiayu}");
        await kapus.GetAsync($"/ekspor/lokmin.xlsx?puskesmas={Salem}&periode=2026-03");
        await kapus.GetAsync($"/ekspor/tindak-lanjut.csv?puskesmas={Bumiayu}");
        using var admin = await As("admin");

        var trail = await admin.GetStringAsync("/ekspor/jejak-audit.csv");

        var lines = trail.Split('\n');
        Assert.That(lines[0], Is.EqualTo("waktu,pengguna,peristiwa,sasaran,rincian,alamat_ip"));
        Assert.That(lines, Has.Some.Contains("analis,EKSPOR,/ekspor/spm.xlsx,tahun=2026&tingkat=desa → 200"));
        Assert.That(lines, Has.Some.Contains("analis,API,/api/uhc,periode=2026-03 → 200"));
        Assert.That(lines, Has.Some.Contains($"kapus-{Salem.ToLowerInvariant()},DITOLAK,/api/desa/{DesaBumiayu}"));
        Assert.That(lines, Has.Some.Contains($"kapus-{Salem.ToLowerInvariant()},EKSPOR,/ekspor/lokmin.xlsx,puskesmas={Salem}&periode=2026-03 → 200"));
        Assert.That(lines, Has.Some.Contains($"kapus-{Salem.ToLowerInvariant()},DITOLAK,/ekspor/tindak-lanjut.csv"));
        Assert.That(lines, Has.Some.Contains("analis,MASUK,"));
    }

    [Test]
    public async Task A_formula_typed_as_a_user_name_arrives_inert_in_the_exported_audit_trail()
    {
        using var client = SignIn.Client(app.BaseUrl);
        await SignIn.PostAsync(client, "=HYPERLINK(\"http://contoh.invalid\";\"klik\")", "apa saja");
        using var admin = await As("admin");

        var trail = await admin.GetStringAsync("/ekspor/jejak-audit.csv?peristiwa=GAGAL_MASUK");

        Assert.That(trail, Does.Contain("\"'=hyperlink(\"\"http://contoh.invalid\"\";\"\"klik\"\")\""));
        Assert.That(trail.Split('\n').Skip(1), Has.None.Matches<string>(line => line.Split(',').Any(field => field.StartsWith('=') || field.StartsWith("\"="))));
    }

    [Test]
    public async Task Pages_carry_the_security_headers_and_a_form_without_its_token_is_refused()
    {
        using var client = SignIn.Client(app.BaseUrl);

        var page = await client.GetAsync("/masuk");
        var forged = await client.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nama"] = "admin", ["kata_sandi"] = DemoAccounts.Password,
        }));

        string Header(string name) => string.Join(" | ", page.Headers.GetValues(name));
        Assert.That(Header("Content-Security-Policy"), Does.Contain("frame-ancestors 'none'").And.Contain("script-src 'self'"));
        Assert.That(Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(Header("X-Frame-Options"), Is.EqualTo("DENY"));
        Assert.That(Header("Referrer-Policy"), Is.EqualTo("same-origin"));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], Has.All.Contains("httponly").IgnoreCase);
    }

    [TestCase("analis", "/pengguna")]
    [TestCase("bappeda", "/kualitas-data")]
    [TestCase("kapus-" + Salem, "/jejak-audit")]
    public async Task A_page_a_role_may_not_open_answers_403_with_an_indonesian_refusal_and_a_way_back(string nama, string path)
    {
        using var client = await As(nama);

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(html, Does.Contain(">Akses ditolak</h1>").And.Contain("href=\"/\""));
        });
    }

    [Test]
    public async Task An_unknown_address_answers_404_with_an_indonesian_page_while_an_unknown_api_stays_a_bare_404()
    {
        using var client = await As("analis");

        var page = await client.GetAsync("/laporan-lama");
        var api = await client.GetAsync("/api/laporan-lama");

        Assert.Multiple(async () =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain(">Halaman tidak ditemukan</h1>").And.Contain("Kembali ke ringkasan"));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await api.Content.ReadAsStringAsync(), Is.Empty);
        });
    }

    [TestCase("/pws")]
    [TestCase("/masuk")]
    public async Task A_page_carries_one_content_security_policy(string path)
    {
        using var client = path == "/masuk" ? SignIn.Client(app.BaseUrl) : await As("analis");

        var response = await client.GetAsync(path);

        Assert.That(response.Headers.GetValues("Content-Security-Policy").ToList(), Has.Count.EqualTo(1));
    }

    /// <summary>Adds an account as the admin does on /pengguna, and returns its one-time password.</summary>
    private async Task<string> AddUser(HttpClient admin, string nama, string peran, string? kodePuskesmas = null)
    {
        var accounts = app.Services.GetRequiredService<Pws.Dashboard.Web.Accounts.AccountAdministration>();
        var outcome = accounts.Add(app.Principal(), nama, peran, kodePuskesmas, null);
        Assert.That(outcome.Berhasil, outcome.Pesan);
        Assert.That((await admin.GetAsync("/pengguna")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return outcome.KataSandiSekaliPakai!;
    }
}
