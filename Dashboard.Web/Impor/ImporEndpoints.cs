using Hangfire;
using Microsoft.AspNetCore.Antiforgery;
using Pws.Dashboard.Web.Security;
using Pws.Etl.Jobs;

namespace Pws.Dashboard.Web.Impor;

/// <summary>"Impor sekarang" as a plain form: /kualitas-data stays a page read without a live connection, and only the
/// page that follows a started import (<c>?impor=</c> the job) holds one, for as long as it is open.</summary>
public static class ImporEndpoints
{
    public const string Mulai = "/impor/sekarang";

    public static void MapImpor(this WebApplication app) =>
        app.MapPost(Mulai, async (HttpContext context, AreaScopeFactory scopes, IBackgroundJobClient jobs, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("Formulir kedaluwarsa; muat ulang halaman.");
            if (!AccessSetup.MayImport(context.User, scopes.For(context.User))) return Results.Forbid();
            var jobId = jobs.Enqueue<NightlyImportJob>(job => job.Run());
            return Results.Redirect($"/kualitas-data?impor={Uri.EscapeDataString(jobId)}");
        }).RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = AccessSetup.IntakeManagers });
}
