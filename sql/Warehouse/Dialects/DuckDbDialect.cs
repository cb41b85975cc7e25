using System.Data.Common;
using DuckDB.NET.Data;
using Pws.Warehouse.Files;

namespace Pws.Warehouse.Dialects;

public sealed class DuckDbDialect(string path, string? memoryLimit = null) : Dialect
{
    public override string Name => "duckdb";

    public override string Location => Path.GetFullPath(path);

    private bool narrowed;

    public override DbConnection Open()
    {
        var directory = Path.GetDirectoryName(Location);
        try
        {
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseUnavailableException(
                $"Folder gudang data {directory} tidak dapat dibuat (disk hanya-baca, penuh, atau tanpa izin tulis). ({e.Message})", e);
        }
        var connection = new DuckDBConnection(string.IsNullOrEmpty(memoryLimit)
            ? $"Data Source={Location}"
            : $"Data Source={Location};memory_limit={memoryLimit}");
        try
        {
            connection.Open();
            if (!narrowed)
            {
                PrivateFiles.Narrow(Location);
                PrivateFiles.Narrow(Location + ".wal");
                narrowed = true;
            }
            return connection;
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            var reason = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
                ? "sedang dipakai proses lain (terkunci); hentikan dasbor atau impor yang berjalan lalu coba lagi"
                : e.Message.Contains("space", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("read-only", StringComparison.OrdinalIgnoreCase)
                    ? "tidak dapat ditulis (disk penuh atau hanya-baca); kosongkan ruang atau periksa disk, gudang data tidak diubah"
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
