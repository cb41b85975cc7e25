using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Pws.Dashboard.Web.Audit;
using Pws.Dashboard.Web.Security;
using Pws.Reports.Definitions;

namespace Pws.Dashboard.Web.Components.Shared;

/// <summary>A page whose figures are in its first HTML: read while prerendering, within the user's area, and handed
/// to the live page when the circuit connects (<see cref="PrerenderedPages"/>), so a slow link or a link preview shows
/// figures and the warehouse is read once per view. Later changes of the address are read off the render thread. An
/// address outside the user's area (an edited puskesmas, village or kabupaten/kota) leads to the refusal page; a filter
/// the page cannot read (<c>tahun=abc</c>) is told in <see cref="Galat"/> above the page's filters, as the API answers it
/// with 400, and the first response carries that status too.</summary>
public abstract class DataPage : ComponentBase, IDisposable
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>The request while the page is prerendered; null once it runs live.</summary>
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [Inject] private AreaScopeFactory ScopeFactory { get; set; } = default!;

    [Inject] private NavigationManager PageNavigation { get; set; } = default!;

    [Inject] private TimeProvider PageClock { get; set; } = default!;

    [Inject] private AuditTrail Audit { get; set; } = default!;

    [Inject] private PersistentComponentState PersistentState { get; set; } = default!;

    [Inject] private PrerenderedPages Prerendered { get; set; } = default!;

    private PersistingComponentStateSubscription persisting;
    private string? keptKey;
    private bool claimed;

    private string StateKey => "pws.halaman." + GetType().Name;

    protected bool Loading { get; private set; } = true;

    /// <summary>What is wrong with the address's filters, naming the filter and what it accepts; null when they read.</summary>
    protected string? Galat { get; private set; }

    /// <summary>The signed-in user, known once the figures are loaded.</summary>
    protected System.Security.Claims.ClaimsPrincipal User { get; private set; } = new();

    /// <summary>What the signed-in user may see; every figure of the page is read within it.</summary>
    protected AreaScope Scope { get; private set; } = AreaScope.None;

    /// <summary>The report's filters as the page's address gives them, with the report's defaults, as this user may ask.</summary>
    protected ReportRequest RequestFor(IReport report)
    {
        var query = QueryHelpers.ParseQuery(new Uri(PageNavigation.Uri).Query);
        return Scope.Restrict(ReportRequest.From(name => query.TryGetValue(name, out var value) ? value.ToString() : null,
            report.LatestPeriode, PageClock, Scope.TingkatAwal));
    }

    /// <summary>Reads the page's figures for its current parameters.</summary>
    protected abstract void Load();

    protected override void OnInitialized() =>
        persisting = PersistentState.RegisterOnPersisting(() =>
        {
            if (keptKey is not null) PersistentState.PersistAsJson(StateKey, keptKey);
            return Task.CompletedTask;
        }, Microsoft.AspNetCore.Components.Web.RenderMode.InteractiveServer);

    protected override async Task OnParametersSetAsync()
    {
        var user = AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;
        User = user;
        if (!RendererInfo.IsInteractive)
        {
            if (Read() is { } refusedFirst) Refuse(user, refusedFirst);
            else if (Galat is null) keptKey = Prerendered.Keep(this, Scope);
            else if (HttpContext is { Response.HasStarted: false }) HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!claimed)
        {
            claimed = true;
            if (PersistentState.TryTakeFromJson<string>(StateKey, out var key) && key is not null && Prerendered.Claim(key, this) is { } scope)
            {
                (Scope, Loading) = (scope, false);
                return;
            }
        }
        Loading = true;
        if (await Task.Run(Read) is { } refused) Refuse(user, refused);
    }

    /// <returns>Null when the figures were read or a filter was bad (<see cref="Galat"/>); the refusal when the address
    /// is outside the user's area.</returns>
    private AreaForbiddenException? Read()
    {
        try
        {
            Galat = null;
            Scope = ScopeFactory.For(User);
            if (Scope == AreaScope.None) throw new AreaForbiddenException("Akun ini tidak terikat pada wilayah mana pun.");
            Load();
            Loading = false;
            return null;
        }
        catch (AreaForbiddenException e)
        {
            return e;
        }
        // The API's rule (ReportRequests.Within): what the filters' parsers throw is the user's to fix, not a fault.
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            (Galat, Loading) = (e.Message, false);
            return null;
        }
    }

    private void Refuse(System.Security.Claims.ClaimsPrincipal user, AreaForbiddenException refused)
    {
        Audit.Record(user.Identity?.Name, Peristiwa.Ditolak, new Uri(PageNavigation.Uri).PathAndQuery, refused.Message);
        PageNavigation.NavigateTo("/ditolak", forceLoad: true, replace: true);
    }

    public void Dispose()
    {
        persisting.Dispose();
        GC.SuppressFinalize(this);
    }
}
