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
/// of its own: the same first start a user gets from the README command, copied from <see cref="DemoFirstStart"/>
/// where the settings allow.</summary>
public sealed class DashboardApp : WebApplicationFactory<Program>
{
    private readonly TempFolder folder;
    private readonly bool ownsFolder;

    internal const string WarehouseName = "pws.duckdb";

    public string WarehouseFile => folder[WarehouseName];

    public string Inbox => folder["inbox"];

    public string KeyFile => folder["kunci.key"];

    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;

    /// <param name="services">Services over the app's own, for a fixture that watches or tunes the host (circuits).</param>
    public DashboardApp(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
        : this(settings ?? new Dictionary<string, string?>(), new TempFolder(), ownsFolder: true)
    {
        this.services = services;
        if (DemoFirstStart.Fits(this.settings)) DemoFirstStart.CopyTo(folder.Path);
    }

    private DashboardApp(IReadOnlyDictionary<string, string?> settings, TempFolder folder, bool ownsFolder)
    {
        this.settings = settings;
        this.folder = folder;
        this.ownsFolder = ownsFolder;
        UseKestrel(0);
    }

    /// <summary>A first start from nothing, in a folder that outlives the dashboard.</summary>
    internal static DashboardApp InFolder(TempFolder folder) => new(new Dictionary<string, string?>(), folder, ownsFolder: false);

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
        if (services is not null) builder.ConfigureServices(services);
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
        if (disposing && ownsFolder) folder.Dispose();
    }
}
