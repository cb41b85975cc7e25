using Pws.Dashboard.Web.Security;

namespace Pws.Dashboard.Web.Pemetaan;

/// <summary>The crosswalks' services, and their download (<c>/ekspor/pemetaan.csv</c>, recorded in the audit trail as
/// every download is), for the roles that keep them.</summary>
public static class PemetaanEndpoints
{
    public static IServiceCollection AddPemetaan(this IServiceCollection services) =>
        services.AddSingleton<PemetaanStore>().AddSingleton<KodeTujuan>().AddSingleton<PemetaanAdministration>();

    public static void MapPemetaan(this WebApplication app) =>
        app.MapGet("/ekspor/pemetaan.csv", (HttpContext context, PemetaanAdministration pemetaan, AreaScopeFactory scopes) =>
                Results.File(pemetaan.Csv(scopes.For(context.User)), Api.ReportEndpoints.CsvType, "pemetaan.csv"))
            .RequireAuthorization(policy => policy.RequireRole(AccessSetup.IntakeManagers.Split(',')));
}
