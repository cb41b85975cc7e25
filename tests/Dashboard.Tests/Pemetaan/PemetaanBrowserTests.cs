using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Web.Audit;

namespace Pws.Dashboard.Tests.Pemetaan;

/// <summary>An analyst maps a misspelt village on /pemetaan in the browser, and the visits that waited for it load at the
/// import the page starts, without the puskesmas sending anything again.</summary>
public sealed class PemetaanBrowserTests : SimpusBrowserTest
{
    [Test]
    public async Task A_chosen_candidate_saved_for_its_puskesmas_is_audited_and_the_waiting_visits_load_at_the_import_the_page_starts()
    {
        var page = await OpenAsAnalystAsync("/pemetaan");
        Assert.That(App.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(1), "only Banjaran's visit loaded at the first start");

        await page.Locator("tr[data-nilai='banjaan'] .calon[data-kode='33.29.01.2001']").ClickAsync();
        await page.Locator("[data-testid='simpan-pemetaan']").ClickAsync();

        Assert.That(await page.Locator("[data-testid='hasil-pemetaan']").InnerTextAsync(),
            Does.Contain($"Desa 'banjaan' dipetakan ke 33.29.01.2001 untuk puskesmas {SimpusDashboard.Salem}"));
        Assert.That(App.Query<(string, string, string, string, string)>("SELECT jenis, kode_puskesmas, nilai, kode, diubah_oleh FROM pemetaan"),
            Is.EqualTo(new[] { ("desa", SimpusDashboard.Salem, "banjaan", "33.29.01.2001", "analis-uji") }), "nothing else was mapped by itself");
        var trail = App.Services.GetRequiredService<AuditTrail>().Read(DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(1), "analis-uji", Peristiwa.PemetaanDisimpan);
        Assert.That(trail.Select(e => (e.Sasaran, e.Rincian)), Is.EqualTo(new[] { ($"desa 'banjaan' untuk puskesmas {SimpusDashboard.Salem}", "→ 33.29.01.2001") }));
        Assert.That(await page.Locator("tr[data-nilai='banjaan'] [data-testid='sudah-dipetakan']").InnerTextAsync(), Does.Contain("dimuat pada impor berikutnya"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("pemetaan"), FullPage = true });

        await page.Locator("[data-testid='impor-sekarang']").ClickAsync();
        await page.Locator("[data-testid='hasil-pemetaan']", new PageLocatorOptions { HasText = "Impor dijadwalkan" }).WaitForAsync();
        var loaded = await Eventually(() => App.Query<string>("SELECT kode_desa FROM kunjungan ORDER BY id_kunjungan"),
            villages => villages.Count == 3);

        Assert.That(loaded, Is.EqualTo(new[] { "33.29.01.2001", "33.29.01.2001", "33.29.01.2001" }), "RM-002 and RM-003 joined RM-001 in Banjaran");
        Assert.That(App.Query<string>("SELECT DISTINCT nilai FROM karantina_pemetaan ORDER BY 1"), Is.EqualTo(new[] { "dukuh lama", "poli gigi" }));
    }

    /// <summary>The import runs as a background job: its result is read until it shows, for up to a minute.</summary>
    private static async Task<T> Eventually<T>(Func<T> read, Func<T, bool> done)
    {
        var until = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var value = read();
            if (done(value) || DateTime.UtcNow > until) return value;
            await Task.Delay(200);
        }
    }
}
