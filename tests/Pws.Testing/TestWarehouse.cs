using System.Data.Common;
using Dapper;
using Pws.Etl.Cli;
using Pws.Etl.Import;
using Pws.Reports.Catalog;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Settings;

namespace Pws.Testing;

/// <summary>A fresh embedded warehouse and pseudonym key in a temporary folder.</summary>
public sealed class TestWarehouse : IDisposable
{
    private readonly TempFolder folder = new();

    public PwsSettings Settings { get; }
    public Dialect Dialect { get; }
    public IndicatorCatalog Catalog { get; } = IndicatorCatalog.Load();
    public string Inbox => folder["inbox"];
    public string File => Settings.Warehouse.Connection;

    public TestWarehouse(string kabupaten = "33.29")
    {
        Settings = new PwsSettings
        {
            Kabupaten = kabupaten,
            Inbox = folder["inbox"],
            KeyFile = folder["kunci.key"],
            Warehouse = new WarehouseSettings { Provider = "duckdb", Connection = folder["pws.duckdb"] },
        };
        Dialect = Dialect.Create(Settings.Warehouse);
        Directory.CreateDirectory(Inbox);
    }

    public InboxBuilder NewInbox() => new(Inbox);

    public ImportSummary Import(params ImportSource[] servers) => EtlCommand.Import(Settings, Inbox, servers);

    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using DbConnection connection = Dialect.Open();
        return connection.Query<T>(sql, parameters).ToList();
    }

    public void Dispose() => folder.Dispose();
}
