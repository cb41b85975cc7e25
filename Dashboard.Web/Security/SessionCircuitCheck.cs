using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Pws.Core.Settings;
using Pws.Dashboard.Web.Accounts;
using Pws.Dashboard.Web.Audit;

namespace Pws.Dashboard.Web.Security;

/// <summary>A live page keeps the account it was opened with for as long as its tab stays open, and the cookie is
/// checked only on HTTP requests. So every live circuit checks its account again before each action (a click, a
/// filter, a navigation) and every <c>Pws:Akses:PeriksaSesi</c> while idle: an account that was disabled, given
/// another role or area, signed out elsewhere, given a new password, or that must still replace a one-time password,
/// runs no further action and is sent to the sign-in form (or the password form), which ends the circuit.</summary>
public sealed class SessionCircuitCheck(
    AuthenticationStateProvider authentication, AccountStore store, NavigationManager navigation, PwsSettings settings, AuditTrail audit)
    : CircuitHandler, IDisposable
{
    private readonly CancellationTokenSource closed = new();
    private volatile bool ended;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (await StillValidAsync()) await next(context);
        };

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _ = WatchAsync();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        closed.Cancel();
        return Task.CompletedTask;
    }

    private async Task WatchAsync()
    {
        using var timer = new PeriodicTimer(settings.Akses.PeriksaSesi);
        try
        {
            while (await timer.WaitForNextTickAsync(closed.Token) && await StillValidAsync())
            {
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>False, after sending the page away, when the circuit's user no longer stands for an account that may act.</summary>
    private async Task<bool> StillValidAsync()
    {
        if (ended) return false;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity is not { IsAuthenticated: true, Name: { } nama }) return true;
        var account = store.Find(nama);
        if (AccountPrincipal.Matches(user, account) && account is { WajibGantiSandi: false }) return true;
        End(user, account);
        return false;
    }

    private void End(ClaimsPrincipal user, Pengguna? account)
    {
        ended = true;
        var toPasswordForm = AccountPrincipal.Matches(user, account) && account is { WajibGantiSandi: true };
        audit.Record(user.Identity?.Name, Peristiwa.SesiDiakhiri, rincian: toPasswordForm
            ? "halaman terbuka dialihkan ke ganti kata sandi"
            : "halaman terbuka diakhiri: akun dinonaktifkan, diubah, keluar atau kata sandinya diganti");
        // A full load leaves the circuit; the cookie is then refused on that request, or sent to the password form.
        navigation.NavigateTo(toPasswordForm ? "/akun/kata-sandi?wajib=1" : "/masuk", forceLoad: true);
        closed.Cancel();
    }

    public void Dispose() => closed.Cancel();
}
