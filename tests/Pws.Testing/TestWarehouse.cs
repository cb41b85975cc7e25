using System.Data.Common;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Catalog;
using Pws.Core.Composition;
using Pws.Core.Settings;
using Pws.Etl.Cli;
using Pws.Etl.Composition;
using Pws.Etl.Import;
using Pws.Reports.Composition;
using Pws.Warehouse.Dialects;

namespace Pws.Testing;

/// <summary>A fresh warehouse and pseudonym key in a temporary folder: embedded DuckDB, or a new database
/// on the SQL Server named by PWS_TEST_SQLSERVER, dropped afterwards.</summary>
public sealed class TestWarehouse : IDisposable
{
    public const string SqlServerVariable = "PWS_TEST_SQLSERVER";
    private readonly TempFolder folder = new();
    private readonly SqlServerDatabase? database;

    /// <summary>Settings are init-only: a test that varies one replaces them (<c>Settings with { ... }</c>) before it
    /// imports or builds its services.</summary>
    public PwsSettings Settings { get; set; }
    public Dialect Dialect { get; }
    public IndicatorCatalog Catalog { get; } = IndicatorCatalog.Load();
    public string Inbox => folder["inbox"];
    public string File => Settings.Warehouse.Connection;

    /// <param name="empty">No file at all, for a test of what creates the schema; else an embedded warehouse starts as
    /// the <see cref="TemplateWarehouse"/>.</param>
    public TestWarehouse(string kabupaten = "33.29", string provider = "duckdb", bool empty = false)
    {
        if (provider == "sqlserver") database = SqlServerDatabase.Create(Environment.GetEnvironmentVariable(SqlServerVariable)!);
        Settings = new PwsSettings
        {
            Kabupaten = kabupaten,
            Inbox = folder["inbox"],
            KeyFile = folder["kunci.key"],
            Warehouse = new WarehouseSettings { Provider = provider, Connection = database?.ConnectionString ?? folder["pws.duckdb"] },
        };
        Dialect = Settings.Warehouse.CreateDialect();
        Directory.CreateDirectory(Inbox);
        if (provider == "duckdb" && !empty) TemplateWarehouse.CopyTo(File);
    }

    public InboxBuilder NewInbox() => new(Inbox);

    /// <summary>The product's composition root over this warehouse: what the web host and the CLIs build.</summary>
    public ServiceProvider Services() =>
        new ServiceCollection().AddPwsCore(_ => Settings).AddPwsEtl().AddPwsReports().BuildServiceProvider();

    public ImportSummary Import(params ImportSource[] servers) => EtlCommand.Import(Settings, Inbox, servers);

    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using DbConnection connection = Dialect.Open();
        return connection.Query<T>(sql, parameters).ToList();
    }

    /// <summary>The --warehouse and --provider arguments of the CLIs for this warehouse.</summary>
    public string[] CliArguments => ["--warehouse", File, "--provider", Settings.Warehouse.Provider];

    /// <summary>The lines of a CSV export of this warehouse (<c>export NAME --filter ...</c>), as the CLI writes them.</summary>
    public List<string> ExportCsv(params string[] args)
    {
        var file = folder[Guid.NewGuid() + ".csv"];
        var exit = Pws.Reports.Cli.ExportCommand.Run([.. args, "--format", "csv", "--out", file, .. CliArguments]);
        return exit == 0 ? System.IO.File.ReadAllLines(file).ToList() : throw new InvalidOperationException($"{string.Join(' ', args)} gagal (kode keluar {exit}).");
    }

    public void Dispose()
    {
        database?.Dispose();
        folder.Dispose();
    }
}
