namespace Pws.Dashboard.Web.Security;

/// <summary>Headers that keep the pages from being framed, sniffed or leaking addresses, scripts to our own, and
/// answers (pages, API, downloads) out of every cache: they hold a health office's figures and a shared computer's
/// browser or a proxy must not keep them. Static files (CSS, script, icons) keep the caching MapStaticAssets gives them
/// (fingerprinted addresses, cached for a year): a phone downloads them once, not on every page.</summary>
public static class SecurityHeaders
{
    // Blazor Server needs its WebSocket (connect-src) and MudBlazor inline styles; no script comes from elsewhere
    // and nothing is ever framed. The Hangfire dashboard runs its own inline scripts.
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                               "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private const string HangfireCsp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                                       "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire") ? HangfireCsp : Csp;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        // A default, given when the answer starts: static files have set theirs by then.
        context.Response.OnStarting(() =>
        {
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-cache, no-store";
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
