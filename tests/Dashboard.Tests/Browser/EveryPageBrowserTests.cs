using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pws.Reports.Cli;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>Every route of the dashboard in a real headless Chromium over the Brebes demo, at 1366x768.</summary>
public sealed class EveryPageBrowserTests : BrowserTest
{

    [TestCase("/", "Ringkasan")]
    [TestCase("/pws?indikator=K4", "PWS Kunjungan ibu hamil keempat")]
    [TestCase("/spm?tingkat=kecamatan", "Capaian SPM")]
    [TestCase("/uhc", "Kepesertaan dan keaktifan JKN")]
    [TestCase("/skrining?tingkat=puskesmas", "Hasil skrining")]
    [TestCase("/desa/33.29.01.2001", "Banjaran")]
    [TestCase("/kualitas-data", "Kualitas data")]
    [TestCase("/tindak-lanjut", "Daftar tindak lanjut")]
    [TestCase("/jangkauan", "Jangkauan layanan")]
    [TestCase("/peta", "Peta desa")]
    [TestCase("/pemetaan", "Pemetaan nilai")]
    [TestCase("/profil", "Profil impor")]
    [TestCase("/akun/kata-sandi", "Ganti kata sandi")]
    public async Task Every_route_opens_with_its_heading_and_no_empty_state(string path, string heading)
    {
        var page = await NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") lock (console) console.Add(message.Text + " @ " + message.Location); };
        page.PageError += (_, error) => { lock (console) console.Add(error); };
        await page.GotoAsync(BaseUrl + path);
        // Read pages are rendered per request; a page that acts waits for its live connection, whose scripts the CSP must allow too.
        if (path != "/akun/kata-sandi") await page.WaitForSelectorAsync("[data-interactive='true'], [data-interactive='statis']");
        await page.WaitForSelectorAsync("h1");

        Assert.That(await page.Locator("h1").First.InnerTextAsync(), Does.Contain(heading));
        lock (console) Assert.That(console, Has.None.Contains("Content Security Policy").And.None.Contains("Refused to"), "no CSP violation in the console");
        Assert.That(await page.GetByText("Data belum tersedia").CountAsync(), Is.EqualTo(0), "the demo has data for every page");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("halaman" + path.Split('?')[0].Replace('/', '-')) });
    }

    private static readonly string[] Routes =
    [
        "/", "/pws?indikator=K1", "/spm", "/uhc", "/skrining", "/skrining?kaskade=ya", "/jangkauan", "/peta", "/desa/33.29.01.2001",
        "/kualitas-data", "/tindak-lanjut", "/pemetaan", "/profil", "/akun/kata-sandi", "/pengguna", "/jejak-audit", "/peta/batas",
        "/alamat-yang-tidak-ada",
    ];

    /// <summary>Every page as each role reads it, opened or refused, at a laptop's and a phone's size: screenshots for a person
    /// to look at (artifacts/screenshots/peran-*); on a phone no sideways scrolling of the page, the top bar holding all it
    /// shows, and table rows inside their card (wide tables scroll within it); no CSP violation. The
    /// analyst's laptop view is <see cref="Every_route_opens_with_its_heading_and_no_empty_state"/>, the kepala puskesmas's
    /// and the administration pages' are taken by their own tests (KepalaPuskesmasBrowserTests, AdminBrowserTests).</summary>
    [TestCase("analis", 390)]
    [TestCase("bappeda", 390)]
    [TestCase("kapus-P3329010101", 390)]
    [TestCase("admin", 390)]
    public async Task Every_page_as_each_role_fits_the_screen_and_keeps_to_the_content_security_policy(string akun, int width)
    {
        var state = akun == "analis" ? null : await SignInAsync(akun, Pws.Dashboard.Web.Accounts.DemoAccounts.Password);
        var problems = new List<string>();
        // One tab goes from page to page, as the user's does: a fresh browser context per page costs half a second.
        var page = await NewPageAsync(width, width == 390 ? 844 : 768, state: state);
        var console = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error") lock (console) console.Add(message.Text); };
        foreach (var path in Routes)
        {
            lock (console) console.Clear();
            var response = await page.GotoAsync(BaseUrl + path);
            await page.WaitForSelectorAsync("h1");
            if (response!.Status == 200 && path != "/akun/kata-sandi")
                await page.WaitForSelectorAsync("[data-interactive='true'], [data-interactive='statis']");
            var name = path.Split('?')[0].Trim('/').Replace('/', '-') is { Length: > 0 } n ? n : "ringkasan";
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Chromium.Screenshot($"peran-{akun.Split('-')[0]}-{width}-{name}{(path.Contains("kaskade") ? "-kaskade" : "")}"), FullPage = true,
            });

            if (response.Status is not (200 or 403 or 404)) problems.Add($"{path}: {response.Status}");
            if (width == 390 && !await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                problems.Add($"{path}: the page scrolls sideways");
            if (width == 390 && await page.Locator(".mud-appbar").CountAsync() > 0 && !await page.Locator(".mud-appbar").First.EvaluateAsync<bool>(
                    "bar => { const b = bar.getBoundingClientRect(); return [...bar.querySelectorAll('*')].every(c => { const r = c.getBoundingClientRect(); " +
                    "return r.height === 0 || (r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.right <= b.right + 1); }); }"))
                problems.Add($"{path}: something of the top bar lies outside it");
            if (!await page.EvaluateAsync<bool>(
                    "[...document.querySelectorAll('.mud-simple-table')].every(t => t.querySelector('table').getBoundingClientRect().bottom <= t.getBoundingClientRect().bottom + 1 " +
                    "|| t.querySelector('.mud-table-container').scrollHeight > t.querySelector('.mud-table-container').clientHeight)"))
                problems.Add($"{path}: table rows run past their card");
            lock (console)
                problems.AddRange(console.Where(m => m.Contains("Content Security Policy") || m.Contains("Refused to")).Select(m => $"{path}: {m}"));
        }
        await page.Context.CloseAsync();
        Assert.That(problems, Is.Empty);
    }

    [TestCase("/spm")]
    [TestCase("/uhc")]
    public async Task The_month_still_running_is_offered_as_incomplete(string path)
    {
        var page = await OpenAsync(path);
        var now = Pws.Core.Time.Wib.Today(TimeProvider.System);
        var running = Pws.Reports.Formatting.Indonesian.MonthName(now.Month) + (path == "/uhc" ? $" {now.Year}" : "");

        var options = await page.Locator(path == "/uhc" ? ".filter-periode option" : ".filter-sampai-bulan option").AllTextContentsAsync();
        Assert.That(options, Has.Exactly(1).EqualTo(running + " (berjalan, belum lengkap)"));
    }

    [Test]
    public async Task The_demo_puskesmas_that_sends_counts_is_marked_on_PWS_and_listed_on_the_data_quality_page()
    {
        var kualitas = await OpenAsync("/kualitas-data");
        Assert.That(await kualitas.Locator("[data-testid='hanya-agregat'] tbody tr[data-layanan]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.layanan)"),
            Is.EqualTo(new[] { "ANC_K1", "ANC_K4", "ANC_K6", "KF_LENGKAP", "KN1", "KN_LENGKAP", "PERSALINAN_FASKES" }),
            "one demo puskesmas sends the PWS KIA form's services as counts");
        var k1 = kualitas.Locator("[data-testid='hanya-agregat'] tr[data-layanan='ANC_K1']");
        var kode = await k1.GetAttributeAsync("data-kode-puskesmas");
        Assert.That(await k1.Locator("td").Nth(2).InnerTextAsync(), Does.StartWith("Januari–"), "counts only, from January");

        var pws = await OpenAsync($"/pws?indikator=K1&puskesmas={kode}");
        Assert.Multiple(async () =>
        {
            Assert.That(await pws.Locator("[data-testid='keterangan-agregat']").InnerTextAsync(), Does.Contain("berasal dari data agregat"));
            var shares = (await pws.Locator("td[data-kolom='porsi_agregat']").AllInnerTextsAsync())
                .Select(t => double.Parse(t, new CultureInfo("id-ID"))).ToList();
            Assert.That(shares, Is.Not.Empty.And.All.GreaterThan(50).And.All.LessThanOrEqualTo(100),
                "its villages' K1 rests mostly on its counts; the rest are mothers served at other puskesmas");
            Assert.That(await pws.Locator(".tanda-agregat").CountAsync(), Is.GreaterThan(0), "the chart marks its bars");
        });
        await pws.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("pws-agregat"), FullPage = true });
    }

    [Test]
    public async Task The_village_profile_shows_every_complete_month_without_an_inner_scroll_at_1366()
    {
        var page = await OpenAsync("/desa/33.29.01.2001");

        var today = Pws.Core.Time.Wib.Today(TimeProvider.System);
        var months = await page.Locator("thead th").CountAsync() - 4;
        Assert.That(months, Is.EqualTo(today.Month == 1 ? 12 : today.Month - 1), "January to the latest complete month of the demo's data");
        Assert.That(await page.EvaluateAsync<bool>("[...document.querySelectorAll('.mud-table-container')].every(c => c.scrollWidth <= c.clientWidth + 1)"),
            Is.True, "no table scrolls sideways inside the page");
    }

    [TestCase("/")]
    [TestCase("/pws?puskesmas=P3329010101")]
    [TestCase("/pws")]
    [TestCase("/spm")]
    [TestCase("/uhc")]
    [TestCase("/skrining")]
    [TestCase("/desa/33.29.01.2001")]
    [TestCase("/kualitas-data")]
    [TestCase("/jangkauan")]
    public async Task On_a_tablet_the_page_fits_its_width_and_its_figures_are_visible(string path)
    {
        var page = await OpenAsync(path, 768, 1024);

        Assert.That(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), Is.True, "no sideways scrolling");
        Assert.That(await page.Locator("table").First.IsVisibleAsync(), Is.True);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("tablet" + path.Split('?')[0].Replace('/', '-')) });
    }

    [Test]
    public async Task On_a_phone_a_puskesmas_PWS_chart_lies_one_bar_a_line_with_readable_names()
    {
        var page = await OpenAsync("/pws?puskesmas=P3329010101", 390, 844);

        Assert.That(await page.Locator(".pws-chart").IsVisibleAsync(), Is.False, "the wide chart would shrink to a third");
        var names = page.Locator("[data-testid='grafik-ponsel'] .pws-batang-nama");
        Assert.That(await names.CountAsync(), Is.EqualTo(10));
        Assert.That(await names.First.EvaluateAsync<double>("n => parseFloat(getComputedStyle(n).fontSize)"), Is.GreaterThanOrEqualTo(12));
        Assert.That(await page.Locator("[data-testid='grafik-ponsel']").IsVisibleAsync(), Is.True);

        var wide = await OpenAsync("/pws?puskesmas=P3329010101");
        Assert.That(await wide.Locator(".pws-chart").IsVisibleAsync(), Is.True);
        Assert.That(await wide.Locator("[data-testid='grafik-ponsel']").IsVisibleAsync(), Is.False);
    }

    [Test]
    public async Task Choosing_the_SPM_level_changes_the_rows_and_drilling_down_shows_a_kecamatans_puskesmas()
    {
        var page = await OpenAsync("/spm?tahun=2026&tingkat=kabupaten");
        Assert.That(await page.Locator("tr[data-kode-wilayah]").CountAsync(), Is.EqualTo(1));

        await ChooseAsync(page, ".filter-tingkat", "Kecamatan");
        await page.WaitForURLAsync("**tingkat=kecamatan**");
        await page.WaitForSelectorAsync("tr[data-kode-wilayah='33.29.17']");
        Assert.That(await page.Locator("tr[data-kode-wilayah]").CountAsync(), Is.EqualTo(17));

        await page.Locator("tr[data-kode-wilayah='33.29.03'] a").ClickAsync();
        await page.WaitForURLAsync("**induk=33.29.03**");
        await page.WaitForSelectorAsync("tr[data-kode-wilayah='P3329030101']");
        Assert.That(await page.Locator("tr[data-kode-wilayah]").CountAsync(), Is.EqualTo(2), "Bumiayu has two puskesmas");
    }

    [Test]
    public async Task A_page_specific_filter_keeps_the_level_and_a_new_year_starts_from_the_top_of_the_area()
    {
        var page = await OpenAsync("/skrining?tahun=2026&tingkat=kecamatan");

        await ChooseAsync(page, ".filter-kegiatan", "CEK SERENTAK");
        await page.WaitForURLAsync("**kegiatan=CEK_SERENTAK**");
        Assert.That(page.Url, Does.Contain("tingkat=kecamatan"));
        await page.WaitForSelectorAsync("[data-loaded='true']");
        Assert.That(await page.Locator("tr[data-kode-wilayah]").First.GetAttributeAsync("data-kode-wilayah"), Does.Match(@"^33\.29\.\d{2}$"));

        await ChooseAsync(page, ".filter-tahun", "2025");
        await page.WaitForURLAsync("**tahun=2025**");
        Assert.That(page.Url, Does.Contain("kegiatan=CEK_SERENTAK").And.Not.Contain("sampai-bulan"));
    }

    [Test]
    public async Task The_summary_and_the_village_profile_are_served_as_JSON_with_the_pages_figures()
    {
        using var http = await App.SignedInClient();

        using var ringkasan = await http.GetAsync("/api/ringkasan");
        using var desa = await http.GetAsync("/api/desa/33.29.01.2001");

        Assert.That(ringkasan.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await ringkasan.Content.ReadAsStringAsync());
        Assert.That(desa.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await desa.Content.ReadAsStringAsync());
        using var json = System.Text.Json.JsonDocument.Parse(await ringkasan.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("cakupanK1").GetDouble(), Is.GreaterThan(0));
        Assert.That(await desa.Content.ReadAsStringAsync(), Does.Contain("Banjaran"));
    }

    [Test]
    public async Task The_data_quality_page_lists_each_puskesmas_observations_waiting_for_their_Patient()
    {
        var page = await OpenAsync("/kualitas-data");

        var rows = page.Locator("[data-testid='observasi-menunggu'] tr[data-kode-puskesmas]");
        Assert.That(await rows.CountAsync(), Is.EqualTo(4), "each demo puskesmas sending FHIR has one reading of a quarantined patient");
        Assert.That(await rows.First.InnerTextAsync(), Does.Match(@"Patient/P\d+-luar\s+1\s+\d{1,2} Januari \d{4}"));
        await page.Locator("[data-testid='observasi-menunggu']").ScreenshotAsync(new LocatorScreenshotOptions { Path = Chromium.Screenshot("observasi-menunggu") });
    }

    [Test]
    public async Task The_UHC_page_shows_the_same_kepesertaan_as_the_CLI_export_and_the_page_workbook_downloads()
    {
        // Last month: always among the demo's twelve months of JKN files.
        var lastMonth = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta")).AddMonths(-1);
        var periode = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var page = await OpenAsync($"/uhc?periode={periode}");
        using var output = new TempFolder();
        Assert.That(ExportCommand.Run(["export", "uhc", "--periode", periode, "--format", "csv", "--out", output["uhc.csv"],
            "--warehouse", App.WarehouseFile, "--kabupaten", "33.29"]), Is.EqualTo(0));
        var banjaran = File.ReadAllLines(output["uhc.csv"]).Single(l => l.StartsWith("33.29.01.2001,", StringComparison.Ordinal)).Split(',');

        var cell = await page.Locator("tr[data-kode-desa='33.29.01.2001'] td[data-kolom='kepesertaan']").InnerTextAsync();
        Assert.That(cell.Trim(), Is.EqualTo(banjaran[5].Replace('.', ',')), periode);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid='unduh-xlsx']").ClickAsync());
        var path = output["unduhan.xlsx"];
        await download.SaveAsAsync(path);
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        Assert.That(zip.Entries.Select(e => e.FullName), Does.Contain("xl/workbook.xml"));
    }

    [Test]
    public async Task The_Ringkasan_K1_card_is_the_kabupatens_people_served_over_sasaran_of_the_CLI_export()
    {
        var page = await OpenAsync("/");
        var card = (await page.Locator("[data-testid='k1']").InnerTextAsync()).Trim();
        var periode = App.Services.GetRequiredService<Pws.Reports.Marts.PeriodeLayananTerakhir>().Read()!.Value;
        using var output = new TempFolder();
        Assert.That(ExportCommand.Run(["export", "pws", "--indikator", "K1", "--periode", periode.ToString(), "--format", "csv",
            "--out", output["k1.csv"], "--warehouse", App.WarehouseFile, "--kabupaten", "33.29"]), Is.EqualTo(0));
        var withSasaran = File.ReadAllLines(output["k1.csv"]).Skip(1).Select(l => l.Split(',')).Where(f => f[2].Length > 0).ToList();
        var expected = withSasaran.Sum(f => double.Parse(f[4], CultureInfo.InvariantCulture)) * 100
                       / withSasaran.Sum(f => double.Parse(f[2], CultureInfo.InvariantCulture));

        Assert.That(card, Is.EqualTo(expected.ToString("#,0.00", Pws.Reports.Formatting.Indonesian.Numbers) + " %"));
    }

    [Test]
    public async Task The_JSON_API_returns_the_CSV_exports_columns_and_figures()
    {
        using var http = await App.SignedInClient();
        var rows = await http.GetFromJsonAsync<List<Dictionary<string, System.Text.Json.JsonElement>>>(
            "/api/spm?tahun=2026&sampai-bulan=6&tingkat=kabupaten");
        using var output = new TempFolder();
        Assert.That(ExportCommand.Run(["export", "spm", "--tahun", "2026", "--sampai-bulan", "6", "--tingkat", "kabupaten", "--format", "csv",
            "--out", output["spm.csv"], "--warehouse", App.WarehouseFile, "--kabupaten", "33.29"]), Is.EqualTo(0));
        var csv = File.ReadAllLines(output["spm.csv"]);

        Assert.That(rows![0].Keys, Is.EqualTo(csv[0].Split(',')));
        Assert.That(rows.Count, Is.EqualTo(csv.Length - 1));
        for (var i = 0; i < rows.Count; i++)
        {
            var fields = csv[i + 1].Split(',');
            Assert.That(rows[i]["kode_spm"].GetString(), Is.EqualTo(fields[2]));
            Assert.That(rows[i]["terlayani"].GetInt32().ToString(CultureInfo.InvariantCulture), Is.EqualTo(fields[4]));
            Assert.That(rows[i]["capaian"].ValueKind == System.Text.Json.JsonValueKind.Null ? "" : rows[i]["capaian"].GetDouble().ToString("0.00", CultureInfo.InvariantCulture),
                Is.EqualTo(fields[5]));
        }
    }
    [Test]
    public async Task A_village_level_API_answer_comes_a_page_at_a_time_with_its_total()
    {
        using var http = await App.SignedInClient();
        var all = await http.GetFromJsonAsync<List<Dictionary<string, System.Text.Json.JsonElement>>>("/api/pws?indikator=K1");
        using var second = await http.GetFromJsonAsync<System.Text.Json.JsonDocument>("/api/pws?indikator=K1&halaman=2&ukuran=50");
        using var last = await http.GetFromJsonAsync<System.Text.Json.JsonDocument>("/api/pws?indikator=K1&halaman=6&ukuran=50");
        using var tooLarge = await http.GetAsync("/api/pws?indikator=K1&ukuran=5000");

        var page = second!.RootElement;
        Assert.Multiple(async () =>
        {
            Assert.That(all, Has.Count.EqualTo(297), "every village of Brebes");
            Assert.That(page.GetProperty("total").GetInt32(), Is.EqualTo(297));
            Assert.That(page.GetProperty("halaman").GetInt32(), Is.EqualTo(2));
            Assert.That(page.GetProperty("jumlahHalaman").GetInt32(), Is.EqualTo(6));
            Assert.That(page.GetProperty("baris").EnumerateArray().Select(r => r.GetProperty("kode_desa").GetString()),
                Is.EqualTo(all!.Skip(50).Take(50).Select(r => r["kode_desa"].GetString())), "the second fifty, in the full answer's order");
            Assert.That(last!.RootElement.GetProperty("baris").GetArrayLength(), Is.EqualTo(47));
            Assert.That(tooLarge.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.BadRequest));
            Assert.That(await tooLarge.Content.ReadAsStringAsync(), Does.Contain("ukuran 5000 di luar 1-1000"));
        });
    }
}
