using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Security;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Web.Accounts;

namespace Pws.Dashboard.Tests.Security;

/// <summary>A tab left open: an account disabled meanwhile must not act in a page that acts (a live circuit), and must
/// not read further in a read page.</summary>
public sealed class LiveSessionBrowserTests : BrowserTest
{
    private const string Kata = "sandi-uji-panjang-1";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Pws:Akses:PeriksaSesi"] = "00:00:02" };

    private AccountStore Store => App.Services.GetRequiredService<AccountStore>();

    private void Disable(string nama)
    {
        var account = Store.FindFresh(nama)!;
        var outcome = App.Services.GetRequiredService<AccountAdministration>()
            .Change(App.Principal("admin"), nama, account.Peran, account.KodePuskesmas, account.KodeKabKota, aktif: false);
        Assert.That(outcome.Berhasil, outcome.Pesan);
    }

    [Test]
    public async Task A_disabled_admin_resets_no_password_from_the_users_page_left_open_and_is_sent_to_sign_in()
    {
        Store.Add("admin-kedua", PasswordHash.Create(Kata), Peran.Admin, null, null, wajibGantiSandi: false);
        var page = await OpenAsync("/pengguna", state: await SignInAsync("admin-kedua", Kata));
        var before = Store.FindFresh("analis")!.HashKataSandi;

        Disable("admin-kedua");
        await page.Locator("tr[data-pengguna='analis'] [data-testid='atur-ulang']").ClickAsync();
        await page.WaitForURLAsync("**/masuk**", new() { Timeout = 15_000 });

        Assert.That(Store.FindFresh("analis")!.HashKataSandi, Is.EqualTo(before), "the click changed nothing");
        Assert.That(Store.FindFresh("admin-kedua")!.Aktif, Is.False);
    }

    [Test]
    public async Task A_disabled_kepala_puskesmas_read_page_left_open_gets_no_further_figures_and_its_next_step_is_the_sign_in()
    {
        Store.Add("kapus-uji", PasswordHash.Create(Kata), Peran.KepalaPuskesmas, "P3329010101", null, wajibGantiSandi: false);
        var page = await OpenAsync("/uhc", state: await SignInAsync("kapus-uji", Kata));

        Disable("kapus-uji");
        // A read page holds no connection that could go on serving it: what it shows was sent before, and any filter or
        // link is a request the server refuses.
        var choice = await page.Locator(".filter-periode select").EvaluateAsync<string>("s => s.options[s.selectedIndex + 1].value");
        await page.Locator(".filter-periode select").SelectOptionAsync(choice);

        await page.WaitForURLAsync("**/masuk**", new() { Timeout = 15_000 });
        Assert.That(await page.Locator("#nama").CountAsync(), Is.EqualTo(1), "the sign-in form, not the figures");
    }
}
