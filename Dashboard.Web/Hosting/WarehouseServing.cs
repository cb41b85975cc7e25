using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Pws.Core.Area;
using Pws.Core.Serving;
using Pws.Core.Settings;
using Pws.Etl.Backup;
using Pws.Etl.BatasDesa;
using Pws.Etl.Import;
using Pws.Etl.Sources.Profil;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Hosting;

/// <summary>The dashboard owns an embedded warehouse while it runs: it keeps the file open (every request
/// then opens a connection on an open database), and it runs the imports that the command line hands it
/// (docs/decisions/0006), one at a time with its own jobs, while readers keep the last committed marts.</summary>
public static class WarehouseServing
{
    public static void UseWarehouseServing(this WebApplication app)
    {
        var dialect = app.Services.GetRequiredService<Dialect>();
        var held = dialect.KeepOpen();
        app.Lifetime.ApplicationStopped.Register(held.Dispose);
        if (dialect is not DuckDbDialect) return;

        var token = ServingFile.NewToken();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is not null) new ServingFile(Loopback(address), token, Environment.ProcessId).Write(dialect.Location);
        });
        app.Lifetime.ApplicationStopping.Register(() => ServingFile.Delete(dialect.Location));

        Handoff<ImportHandoff>(app, ServingFile.ImportPath, token, (request, services) =>
            Import(request, services.GetRequiredService<Importer>(), services.GetRequiredService<PwsSettings>(), services.GetRequiredService<ServedArea>()));
        Handoff<BackupHandoff>(app, ServingFile.BackupPath, token, (request, services) =>
            Guard(() => WarehouseAndKeyBackup.Run(dialect, services.GetRequiredService<PwsSettings>(), request.Target)));
        Handoff<BatasDesaHandoff>(app, ServingFile.BatasDesaPath, token, (request, services) =>
            LoadBatasDesa(request, services.GetRequiredService<BatasDesaImport>(), services.GetRequiredService<ServedArea>()));
        Handoff<CobaHandoff>(app, ServingFile.CobaPath, token, (request, services) => Guard(() =>
        {
            var report = services.GetRequiredService<ProfilTrial>().Run(request.File, request.Inbox, request.Profil, request.Puskesmas);
            return new HandoffResult(report.ExitCode, report.Text(), null);
        }));
    }

    /// <summary>Work the command line hands over: from this machine only, with the token of the serving file. The
    /// body is read only once the token matched, so a caller without it cannot make the dashboard parse anything.</summary>
    private static void Handoff<TRequest>(WebApplication app, string path, string token, Func<TRequest, IServiceProvider, HandoffResult> work) =>
        app.MapPost(path, async (HttpContext context) =>
        {
            if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote)
                || !Matches(context.Request.Headers[ServingFile.TokenHeader].ToString(), token))
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            TRequest? request;
            try
            {
                request = await context.Request.ReadFromJsonAsync<TRequest>(context.RequestAborted);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
            {
                request = default;
            }
            return request is null
                ? Results.BadRequest("Permintaan serah-terima tidak dapat dibaca.")
                : Results.Json(await Task.Run(() => work(request, context.RequestServices)));
        }).AllowAnonymous().DisableAntiforgery();

    private static HandoffResult Guard(Func<HandoffResult> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (ImportOutcome.IsCouldNotRun(e))
        {
            return ImportOutcome.CouldNotRun(e);
        }
    }

    private static HandoffResult Import(ImportHandoff request, Importer importer, PwsSettings settings, ServedArea servedArea) => Guard(() =>
    {
        servedArea.Confirm(request.Kabupaten);
        var servers = request.Fhir.Select(f => ImportSources.Parse(f, request.Inbox)).ToList();
        return ImportOutcome.Of(importer.Run(request.Inbox, ImportSources.FhirServers(settings).Concat(servers)));
    });

    private static HandoffResult LoadBatasDesa(BatasDesaHandoff request, BatasDesaImport batasDesa, ServedArea servedArea) => Guard(() =>
    {
        servedArea.Confirm(request.Kabupaten);
        return BatasDesaImport.Outcome(batasDesa.Run(request.File, request.KolomKode));
    });

    private static bool Matches(string given, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token));

    /// <summary>A wildcard listening address, as the command line on the same machine reaches it.</summary>
    private static string Loopback(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost") uri.Host = "127.0.0.1";
        return uri.Uri.ToString().TrimEnd('/');
    }
}
