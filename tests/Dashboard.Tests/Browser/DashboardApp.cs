using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pws.Dashboard.Web.Accounts;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>The real dashboard on Kestrel (loopback, a free port), with the Brebes demo in a warehouse
/// of its own: the same first start a user gets from the README command.</summary>
public sealed class DashboardApp : WebApplicationFactory<Program>
{
    private readonly TempFolder folder = new();

    public string WarehouseFile => folder["pws.duckdb"];

    public string Inbox => folder["inbox"];

    public string KeyFile => folder["kunci.key"];

    private readonly IReadOnlyDictionary<string, string?> settings;

    public DashboardApp(IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Pws:Demo"] = "true",
            ["Pws:Inbox"] = Inbox,
            ["Pws:KeyFile"] = KeyFile,
            ["Pws:Warehouse:Provider"] = "duckdb",
            ["Pws:Warehouse:Connection"] = WarehouseFile,
        }).AddInMemoryCollection(settings));
    }

    public string BaseUrl
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        }
    }

    /// <summary>The account as a page signed in now carries it: what <see cref="AccountAdministration"/> is handed by /pengguna.</summary>
    public System.Security.Claims.ClaimsPrincipal Principal(string nama = "admin") =>
        AccountPrincipal.For(Services.GetRequiredService<AccountStore>().FindFresh(nama)!);

    /// <summary>A client signed in with a demo account (<c>analis</c>: the whole kabupaten).</summary>
    public Task<HttpClient> SignedInClient(string nama = "analis") => SignIn.AsAsync(BaseUrl, nama, DemoAccounts.Password);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) folder.Dispose();
    }
}
