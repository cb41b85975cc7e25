using Microsoft.Playwright;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Tests.Pemetaan;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Impor;

/// <summary>"Impor sekarang" on /kualitas-data follows the import it starts: scheduled or running at once, then finished
/// with its summary, and the page's tables read again, without a reload.</summary>
public sealed class ImporSekarangBrowserTests : SimpusBrowserTest
{
    [Test]
    public async Task The_page_follows_the_import_it_starts_to_its_summary()
    {
        var page = await OpenAsAnalystAsync("/kualitas-data");
        new InboxBuilder(App.Inbox).File($"{SimpusDashboard.Salem}/simpus_2025-04.csv",
            SimpusDashboard.Header, "RM-010;3329014303950010;02-04-2025;Perempuan;05-05-1995;Banjaran;ANC K1");

        Assert.That(await page.Locator("[data-hidup]").GetAttributeAsync("data-hidup"), Is.EqualTo("false"), "reading the page needs no live connection");
        var salem = page.Locator($"tr[data-kode-puskesmas='{SimpusDashboard.Salem}']");
        var salemBefore = await salem.InnerTextAsync();
        await page.Locator("[data-testid='impor-sekarang']").ClickAsync();
        await page.WaitForURLAsync("**/kualitas-data?impor=**");
        await page.WaitForSelectorAsync("[data-hidup='true']");
        var progress = page.Locator("[data-testid='impor-kemajuan']");
        Assert.That(await progress.InnerTextAsync(), Does.Match("dijadwalkan|berjalan"), "the page says at once that the import is on its way");
        Assert.That(await page.Locator("[data-testid='impor-sekarang']").IsDisabledAsync(), Is.True, "one import at a time from the page");

        await page.Locator("[data-testid='impor-kemajuan'][data-selesai='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        var summary = await progress.InnerTextAsync();
        // The master files (2 puskesmas, 5 villages of their wilayah kerja) are read at every run, then the April file.
        Assert.That(summary, Is.EqualTo("Impor selesai: 2 sumber, 3 berkas, 8 baris dimuat, 0 dikarantina."));
        Assert.That(App.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(2), "Banjaran's March visit and the April one");
        Assert.That(await page.Locator("[data-testid='impor-sekarang']").IsEnabledAsync(), Is.True);
        await page.WaitForFunctionAsync("before => document.querySelector(`tr[data-kode-puskesmas='${before.kode}']`).innerText !== before.text",
            new { kode = SimpusDashboard.Salem, text = salemBefore }, new PageWaitForFunctionOptions { Timeout = 10_000 });
        Assert.That(await salem.InnerTextAsync(), Does.Contain("BERHASIL"), "the page read its tables again after the import");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("impor-sekarang-selesai") });
    }
}
