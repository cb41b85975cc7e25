using Pws.Dashboard.Web.Accounts;

namespace Pws.Dashboard.Web.Audit;

/// <summary>Every API call and download in the audit trail: who, which report, which filters, answered how.</summary>
public static class ApiCallAudit
{
    public static void UseApiCallAudit(this WebApplication app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        var download = path.StartsWithSegments("/ekspor");
        if (download || path.StartsWithSegments("/api"))
            // Recorded as the answer starts, so the entry exists before the caller has the answer.
            context.Response.OnStarting(() =>
            {
                var status = context.Response.StatusCode;
                var peristiwa = status is StatusCodes.Status403Forbidden ? Peristiwa.Ditolak : download ? Peristiwa.Ekspor : Peristiwa.Api;
                var nama = context.User.Identity?.Name is { } signedIn ? AccountStore.Key(signedIn) : null;
                context.RequestServices.GetRequiredService<AuditTrail>().Record(nama, peristiwa, path.Value,
                    $"{context.Request.QueryString.Value?.TrimStart('?')} → {status}".TrimStart(' '), context.Connection.RemoteIpAddress?.ToString());
                return Task.CompletedTask;
            });
        await next(context);
    });
}
