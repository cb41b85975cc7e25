using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Pws.Core.Settings;

namespace Pws.Dashboard.Web.Security;

/// <summary>Behind a TLS reverse proxy the dashboard sees plain HTTP from the proxy. The proxies named in
/// <c>Pws:Akses:ProksiTepercaya</c> are believed about the client's address (sign-in throttling, audit trail) and the
/// scheme, so cookies are marked Secure; HTTPS answers carry HSTS. Forwarded headers from anyone else are ignored.</summary>
public static class ProxySetup
{
    public static void UsePwsProxy(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<PwsSettings>();
        if (settings.Akses.ProksiTepercaya.Count > 0)
        {
            var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Akses.ProksiTepercaya) options.KnownProxies.Add(IPAddress.Parse(proxy));
            app.UseForwardedHeaders(options);
        }
        // Only HTTPS answers get the header; Development stays reachable over plain HTTP on localhost.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
    }
}
