using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Security;
using Pws.Core.Serving;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Web.Accounts;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Security;

/// <summary>Sign-in, sessions and answers as a careful attacker tries them on a loopback deployment behind a trusted
/// proxy (127.0.0.1), so each test speaks from a client address of its own (X-Forwarded-For).</summary>
[NonParallelizable]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class SessionHardeningTests
{
    private const string Kata = "sandi-uji-panjang-1";
    private DashboardApp app = null!;
    private int accounts;

    [OneTimeSetUp]
    public void Start()
    {
        app = new DashboardApp(new Dictionary<string, string?>
        {
            ["Pws:Akses:ProksiTepercaya:0"] = "127.0.0.1",
            ["Pws:Unduhan:Serentak"] = "1",
            ["Pws:Unduhan:TungguMaks"] = "00:00:00",
        });
        // A token file left readable by others by an earlier start must not be reused as it is.
        Directory.CreateDirectory(Path.GetDirectoryName(app.WarehouseFile)!);
        File.WriteAllText(ServingFile.PathFor(app.WarehouseFile), "{}");
        File.SetUnixFileMode(ServingFile.PathFor(app.WarehouseFile), (UnixFileMode)0b110_100_100);
        _ = app.BaseUrl;
    }

    [OneTimeTearDown]
    public async Task Stop() => await app.DisposeAsync();

    /// <summary>An analyst account with a known password, created as the admin does and already past its one-time password.</summary>
    private void Account(string nama, bool wajibGantiSandi = false)
    {
        var store = app.Services.GetRequiredService<AccountStore>();
        store.Add(nama, PasswordHash.Create(Kata), Peran.AnalisDinkes, null, null, wajibGantiSandi);
    }

    private HttpClient From(string address)
    {
        var client = SignIn.Client(app.BaseUrl);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private async Task<HttpClient> SignedIn(string nama, string address)
    {
        var client = From(address);
        var response = await SignIn.PostAsync(client, nama, Kata);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/"), $"{nama} signs in");
        return client;
    }

    private async Task<string[]> Trail(string nama)
    {
        using var admin = await app.SignedInClient("admin");
        return (await admin.GetStringAsync($"/ekspor/jejak-audit.csv?pengguna={nama}")).Split('\n');
    }

    private static async Task<HttpResponseMessage> SignOut(HttpClient client)
    {
        var page = await client.GetStringAsync("/");
        return await client.PostAsync("/akun/keluar", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignIn.Token(page) }));
    }

    [Test]
    public async Task Twenty_wrong_passwords_at_once_lock_the_account_once_each_answered_and_audited()
    {
        Account("serbu-uji");
        var clients = Enumerable.Range(0, 20).Select(_ => From("10.1.0.1")).ToList();

        var answers = await Task.WhenAll(clients.Select(c => SignIn.PostAsync(c, "serbu-uji", "salah-sekali")));
        using var right = From("10.1.0.2");
        var afterwards = await SignIn.PostAsync(right, "serbu-uji", Kata);

        Assert.That(answers.Select(a => (int)a.StatusCode), Has.All.EqualTo(302), "no attempt ends in an error");
        Assert.That(afterwards.Headers.Location!.ToString(), Does.Contain("terkunci"), "the right password does not open a locked account");
        var trail = await Trail("serbu-uji");
        Assert.That(trail.Count(l => l.Contains(",TERKUNCI,")), Is.EqualTo(1));
        Assert.That(trail.Count(l => l.Contains(",GAGAL_MASUK,")), Is.EqualTo(20), "19 of the burst and the right password while locked");
    }

    [Test]
    public void An_unknown_name_is_refused_in_the_time_a_wrong_password_takes()
    {
        Account("waktu-uji");
        var signIn = app.Services.GetRequiredService<AccountSignIn>();
        double Median(string nama)
        {
            var times = Enumerable.Range(0, 4).Select(i =>
            {
                var watch = Stopwatch.StartNew();
                signIn.SignIn(nama, "salah", $"10.2.0.{i}");
                return watch.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            return (times[1] + times[2]) / 2;
        }
        Median("tidak-ada-siapa-pun");

        var unknown = Median("tidak-ada-siapa-pun");
        var wrong = Median("waktu-uji");

        // The hash is the time: without it an unknown name answered in 5 ms against 67 ms.
        Assert.That(unknown, Is.GreaterThan(wrong * 0.5), $"unknown {unknown:0} ms, wrong password {wrong:0} ms");
    }

    [Test]
    public async Task Twenty_failures_across_accounts_from_one_address_hold_it_off_even_with_a_right_password()
    {
        Account("semprot-uji");
        using var sprayer = From("10.3.0.1");
        for (var i = 0; i < 20; i++) await SignIn.PostAsync(sprayer, $"akun-{i}", "sandi-umum-123");

        var fromSprayer = await SignIn.PostAsync(sprayer, "semprot-uji", Kata);
        using var elsewhere = From("10.3.0.2");
        var fromElsewhere = await SignIn.PostAsync(elsewhere, "semprot-uji", Kata);

        Assert.That(fromSprayer.Headers.Location!.ToString(), Does.Contain("dibatasi"));
        Assert.That(await sprayer.GetStringAsync("/masuk?dibatasi=1"), Does.Contain("Terlalu banyak percobaan masuk"));
        Assert.That(fromElsewhere.Headers.Location!.ToString(), Is.EqualTo("/"));
    }

    [Test]
    public async Task Signing_out_ends_every_session_of_the_account_and_needs_the_form_token()
    {
        Account("keluar-uji");
        using var laptop = await SignedIn("keluar-uji", "10.4.0.1");
        using var copied = await SignedIn("keluar-uji", "10.4.0.2");

        var forged = await laptop.PostAsync("/akun/keluar", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await copied.GetAsync("/api/uhc")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "a forged sign-out ends nothing");

        Assert.That((await SignOut(laptop)).Headers.Location!.ToString(), Is.EqualTo("/masuk"));

        Assert.That((await copied.GetAsync("/api/uhc")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_this_one()
    {
        Account("ganti-uji");
        using var here = await SignedIn("ganti-uji", "10.5.0.1");
        using var other = await SignedIn("ganti-uji", "10.5.0.2");

        var changed = await ChangePassword(here, Kata, "sandi-baru-yang-panjang");

        Assert.That(changed.Headers.Location!.ToString(), Does.Contain("berhasil"));
        Assert.That((await here.GetAsync("/api/uhc")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await other.GetAsync("/api/uhc")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Wrong_current_passwords_on_the_change_form_lock_the_account_and_are_audited()
    {
        Account("formulir-uji");
        using var client = await SignedIn("formulir-uji", "10.6.0.1");

        var answers = new List<string>();
        for (var i = 0; i < AccountSignIn.BatasGagal; i++) answers.Add((await ChangePassword(client, "bukan-ini", "sandi-baru-yang-panjang")).Headers.Location!.ToString());
        using var right = From("10.6.0.2");

        Assert.That(answers[0], Does.Contain("galat=lama-salah"));
        Assert.That(answers[^1], Does.Contain("galat=terkunci"));
        Assert.That((await SignIn.PostAsync(right, "formulir-uji", Kata)).Headers.Location!.ToString(), Does.Contain("terkunci"));
        var trail = await Trail("formulir-uji");
        Assert.That(trail.Count(l => l.Contains(",GAGAL_MASUK,") && l.Contains("ganti kata sandi")), Is.EqualTo(AccountSignIn.BatasGagal - 1));
        Assert.That(trail.Count(l => l.Contains(",TERKUNCI,")), Is.EqualTo(1));
    }

    private static async Task<HttpResponseMessage> ChangePassword(HttpClient client, string lama, string baru)
    {
        var form = await client.GetStringAsync("/akun/kata-sandi");
        return await client.PostAsync("/akun/ganti-kata-sandi", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["lama"] = lama, ["baru"] = baru, ["ulangi"] = baru, ["__RequestVerificationToken"] = SignIn.Token(form),
        }));
    }

    [TestCase("/desa/33.29.01.2001")]
    [TestCase("/pws")]
    public async Task A_one_time_password_opens_no_page_whatever_its_address_looks_like(string path)
    {
        var nama = "sekali-uji-" + path.Length;
        Account(nama, wajibGantiSandi: true);
        using var client = From("10.7.0." + path.Length);
        await SignIn.PostAsync(client, nama, Kata);

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/akun/kata-sandi?wajib=1"));
    }

    [TestCase("/api/uhc")]
    [TestCase("/api/desa/33.29.01.2001")]
    [TestCase("/ekspor/uhc.csv")]
    [TestCase("/ekspor/spm.xlsx")]
    [TestCase("/ekspor/pws.png")]
    public async Task A_one_time_password_opens_no_download_or_API_call(string path)
    {
        var nama = "sekali-api-" + Interlocked.Increment(ref accounts);
        Account(nama, wajibGantiSandi: true);
        using var client = From("10.8.0.1");
        await SignIn.PostAsync(client, nama, Kata);

        Assert.That((await client.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden),
            "no live page either");
        Assert.That((await client.GetAsync("/akun/kata-sandi?wajib=1")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("/\\evil.example")]
    [TestCase("//evil.example")]
    [TestCase("https://evil.example/")]
    public async Task A_return_address_to_another_site_signs_in_to_the_start_page(string kembali)
    {
        var nama = "kembali-uji-" + Interlocked.Increment(ref accounts);
        Account(nama);
        using var client = From("10.9.0.1");
        var page = await client.GetStringAsync("/masuk");

        var response = await client.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nama"] = nama, ["kata_sandi"] = Kata, ["__RequestVerificationToken"] = SignIn.Token(page), ["kembali"] = kembali,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/"));
    }

    [Test]
    public async Task The_summary_answer_names_no_server_path()
    {
        using var client = await app.SignedInClient();

        var summary = await client.GetStringAsync("/api/ringkasan");

        Assert.That(summary, Does.Not.Contain(Path.GetDirectoryName(app.Inbox)!.Replace("/", "\\/", StringComparison.Ordinal))
            .And.Not.Contain(Path.GetDirectoryName(app.Inbox)!));
    }

    [TestCase("/api/uhc")]
    [TestCase("/ekspor/uhc.csv")]
    [TestCase("/ekspor/uhc.xlsx")]
    [TestCase("/")]
    public async Task Answers_holding_figures_are_kept_by_no_cache(string path)
    {
        using var client = await app.SignedInClient();

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task Behind_the_trusted_proxy_over_HTTPS_every_cookie_is_Secure()
    {
        Account("tls-uji");
        // A client that keeps no cookies: it would not send Secure ones back over the test's plain HTTP.
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "10.10.0.1");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        static IReadOnlyList<string> Cookies(HttpResponseMessage response) => response.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];

        var form = await client.GetAsync("/masuk");
        var antiforgery = Cookies(form).Single();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/akun/masuk")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["nama"] = "tls-uji", ["kata_sandi"] = Kata, ["kembali"] = "/",
                ["__RequestVerificationToken"] = SignIn.Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signIn = await client.SendAsync(post);

        Assert.That(signIn.Headers.Location?.ToString(), Is.EqualTo("/"));
        var cookies = Cookies(form).Concat(Cookies(signIn)).ToList();
        Assert.That(cookies, Has.Some.StartsWith("pws.masuk=").And.Some.StartsWith(".AspNetCore.Antiforgery"));
        Assert.That(cookies, Has.All.Contain("secure").IgnoreCase);
    }

    [Test]
    public async Task Workbooks_beyond_the_drawing_limit_get_429_with_Retry_After_instead_of_piling_up()
    {
        using var client = await app.SignedInClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetAsync("/ekspor/pws.xlsx?indikator=K1")));

        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.OK), Is.GreaterThanOrEqualTo(1));
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.That(refused, Is.Not.Empty);
        Assert.That(refused[0].Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(await refused[0].Content.ReadAsStringAsync(), Does.Contain("Coba lagi"));
    }

    [Test]
    public void The_warehouse_its_log_and_the_handoff_token_are_readable_by_their_owner_only()
    {
        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

        Assert.That(File.GetUnixFileMode(app.WarehouseFile), Is.EqualTo(ownerOnly));
        Assert.That(File.GetUnixFileMode(ServingFile.PathFor(app.WarehouseFile)), Is.EqualTo(ownerOnly), "rewritten, not reused at 0644");
        if (File.Exists(app.WarehouseFile + ".wal")) Assert.That(File.GetUnixFileMode(app.WarehouseFile + ".wal"), Is.EqualTo(ownerOnly));
    }

    [Test]
    public async Task The_handoff_endpoint_refuses_a_wrong_token_before_reading_the_body()
    {
        using var client = SignIn.Client(app.BaseUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, ServingFile.ImportPath)
        {
            Content = new StringContent("{ bukan json", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ServingFile.TokenHeader, "tebakan");

        Assert.That((await client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
