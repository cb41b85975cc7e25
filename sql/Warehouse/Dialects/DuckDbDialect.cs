using System.Data.Common;
using DuckDB.NET.Data;

namespace Pws.Warehouse.Dialects;

public sealed class DuckDbDialect(string path) : Dialect
{
    public override string Name => "duckdb";

    public override string Location => Path.GetFullPath(path);

    public override DbConnection Open()
    {
        var directory = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connection = new DuckDBConnection($"Data Source={Location}");
        try
        {
            connection.Open();
            return connection;
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            var reason = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
                ? "sedang dipakai proses lain (terkunci); hentikan dasbor atau impor yang berjalan lalu coba lagi"
                : "tidak dapat dibuka";
            throw new WarehouseUnavailableException($"Gudang data {Location} {reason}. ({e.Message})", e);
        }
    }

    /// <summary>DuckDB keeps one database instance per file and process while any connection to it is open;
    /// this connection keeps it, and the file's lock, for as long as it is held.</summary>
    public override IDisposable KeepOpen() => Open();

        public override IBulkWriter CreateBulkWriter(DbConnection connection, DbTransaction? transaction,
        string table, IReadOnlyList<string> columns) => new DuckDbBulkWriter((DuckDBConnection)connection, table);

    public override IEnumerable<string> SplitBatches(string script) => [script];
}
