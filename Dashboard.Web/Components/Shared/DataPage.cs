using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Pws.Dashboard.Web.Audit;
using Pws.Dashboard.Web.Security;
using Pws.Reports.Definitions;

namespace Pws.Dashboard.Web.Components.Shared;

/// <summary>A page whose figures are read once the circuit is live, off the render thread, with a loading
/// state meanwhile (prerendering would otherwise read everything twice), within the user's area. An address
/// outside that area (an edited puskesmas, village or kabupaten/kota) leads to the refusal page.</summary>
public abstract class DataPage : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject] private AreaScopeFactory ScopeFactory { get; set; } = default!;

    [Inject] private NavigationManager PageNavigation { get; set; } = default!;

    [Inject] private TimeProvider PageClock { get; set; } = default!;

    [Inject] private AuditTrail Audit { get; set; } = default!;

    protected bool Loading { get; private set; } = true;

    /// <summary>The signed-in user, known once the figures are loaded.</summary>
    protected System.Security.Claims.ClaimsPrincipal User { get; private set; } = new();

    /// <summary>What the signed-in user may see; every figure of the page is read within it.</summary>
    protected AreaScope Scope { get; private set; } = AreaScope.None;

    /// <summary>The report's filters as the page's address gives them, with the report's defaults, as this user may ask.</summary>
    protected ReportRequest RequestFor(IReport report)
    {
        var query = QueryHelpers.ParseQuery(new Uri(PageNavigation.Uri).Query);
        return Scope.Restrict(ReportRequest.From(name => query.TryGetValue(name, out var value) ? value.ToString() : null,
            report.LatestPeriode, PageClock, Scope.DefaultLevel));
    }

    /// <summary>Reads the page's figures for its current parameters.</summary>
    protected abstract void Load();

    protected override async Task OnParametersSetAsync()
    {
        Loading = true;
        if (!RendererInfo.IsInteractive) return;
        var user = AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;
        User = user;
        try
        {
            await Task.Run(() =>
            {
                Scope = ScopeFactory.For(user);
                if (Scope == AreaScope.None) throw new AreaForbiddenException("Akun ini tidak terikat pada wilayah mana pun.");
                Load();
            });
        }
        catch (AreaForbiddenException e)
        {
            Audit.Record(user.Identity?.Name, Peristiwa.Ditolak, new Uri(PageNavigation.Uri).PathAndQuery, e.Message);
            PageNavigation.NavigateTo("/ditolak", forceLoad: true, replace: true);
            return;
        }
        Loading = false;
    }
}
