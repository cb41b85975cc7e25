using MudBlazor.Services;
using Pws.Core.Settings;
using Pws.Dashboard.Web.Api;
using Pws.Dashboard.Web.Audit;
using Pws.Dashboard.Web.Components;
using Pws.Dashboard.Web.Hosting;
using Pws.Dashboard.Web.Impor;
using Pws.Dashboard.Web.Pemetaan;
using Pws.Dashboard.Web.Profil;
using Pws.Dashboard.Web.Security;
using Pws.Dashboard.Web.Sehat;
using Pws.Etl.Pseudonymization;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Files;
using Pws.Warehouse.Wilayah;

// The warehouse, its log, backups and the hand-off token are the service account's alone.
PrivateFiles.ForThisProcess();

// Report queries block a pool thread while the warehouse answers (DuckDB has no asynchronous API). With the
// default minimum of one thread per core, 20 readers at once queue while the pool adds a thread every half second.
ThreadPool.GetMinThreads(out var workerThreads, out var completionThreads);
ThreadPool.SetMinThreads(Math.Max(workerThreads, 64), completionThreads);

var builder = WebApplication.CreateBuilder(args);
// A Dinkes server runs the dashboard as a systemd unit or a Windows service; elsewhere both are no-ops.
builder.Host.UseSystemd();
builder.Host.UseWindowsService();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddPwsCompression();
builder.Services.AddPws();
builder.Services.AddPwsAccess();

var app = builder.Build();
try
{
    // Settings are validated when first read: a wrong one stops the start here, named.
    app.Services.GetRequiredService<PwsSettings>();
    app.UsePwsProxy();
    app.UseResponseCompression();
    app.UseErrorPages();
    app.UseWarehouseFaults();
    app.UseDataVersionPerRequest();
    app.UsePwsAccess();
    app.UseAntiforgery();
    app.MapStaticAssets().AllowAnonymous();
    // Our security headers already forbid framing; Blazor's own frame-ancestors policy would be a second CSP header.
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
    app.MapReports();
    app.MapAudit();
    app.MapPemetaan();
    app.MapProfil();
    app.MapImpor();
    app.MapSehat();
    app.UsePwsJobs();
    app.UseWarehouseServing();
}
catch (Exception e) when (e is ServedAreaException or SettingsException or WarehouseUnavailableException or PseudonymKeyException)
{
    // A dashboard over another kabupaten's warehouse would show every village empty, a wrong setting would fail
    // later and less clearly, a newer schema or a lost key would do damage: refuse to serve, saying why.
    Console.Error.WriteLine($"Dasbor tidak dijalankan: {e.Message}");
    return 1;
}
app.Run();
return 0;

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
