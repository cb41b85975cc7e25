using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Pws.Dashboard.Web.Audit;
using Pws.Dashboard.Web.Security;
using Pws.Reports.Definitions;

namespace Pws.Dashboard.Web.Components.Shared;

/// <summary>A read page: rendered on the server for each request, without a live connection, its figures read within the
/// user's area. A page opened whole (a first visit, a reload, script off) arrives complete, with the right status; one
/// reached by enhanced navigation (a filter or a link, script on) streams: the frame and filters show at once and the
/// figures follow when the warehouse has answered. An address outside the user's area (an edited puskesmas, village or
/// kabupaten/kota) leads to the refusal page; a filter the page cannot read (<c>tahun=abc</c>) is told in
/// <see cref="Galat"/> above the page's filters, as the API answers it with 400, and a whole page carries that status.</summary>
[StreamRendering]
public abstract class DataPage : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [Inject] private AreaScopeFactory ScopeFactory { get; set; } = default!;

    [Inject] private NavigationManager PageNavigation { get; set; } = default!;

    [Inject] private TimeProvider PageClock { get; set; } = default!;

    [Inject] private AuditTrail Audit { get; set; } = default!;

    [Inject] private Pws.Warehouse.Dialects.Dialect Warehouse { get; set; } = default!;

    [Inject] private ILogger<DataPage> Logger { get; set; } = default!;

    /// <summary>The warehouse could not answer (see <see cref="Hosting.WarehouseFaults"/>); <see cref="Galat"/> says so.</summary>
    private bool unavailable;

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

    /// <summary>Blazor's script asked for this page (enhanced navigation), so it will apply what streams after the frame.</summary>
    private bool Enhanced => HttpContext?.Request.Headers.Accept.Any(a => a?.Contains("blazor-enhanced-nav=on", StringComparison.Ordinal) == true) == true;

    protected override async Task OnParametersSetAsync()
    {
        User = AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;
        Loading = true;
        // A whole page is read before anything is sent: script may be off, and nothing would apply a streamed update.
        var refused = Enhanced ? await Task.Run(Read) : Read();
        if (refused is not null)
        {
            Audit.Record(User.Identity?.Name, Peristiwa.Ditolak, new Uri(PageNavigation.Uri).PathAndQuery, refused.Message);
            PageNavigation.NavigateTo("/ditolak", forceLoad: true, replace: true);
        }
        else if (Galat is not null && HttpContext is { Response.HasStarted: false })
        {
            if (unavailable) Hosting.WarehouseFaults.Unavailable(HttpContext.Response);
            else HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <returns>Null when the figures were read or a filter was bad (<see cref="Galat"/>); the refusal when the address
    /// is outside the user's area.</returns>
    private AreaForbiddenException? Read()
    {
        try
        {
            (Galat, unavailable) = (null, false);
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
        catch (Exception e) when (Hosting.WarehouseFaults.Handles(e, Warehouse, Logger))
        {
            (Galat, Loading, unavailable) = (Hosting.WarehouseFaults.Pesan, false, true);
            return null;
        }
    }
}
