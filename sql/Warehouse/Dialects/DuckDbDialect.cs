using System.Data.Common;
using DuckDB.NET.Data;
using Pws.Warehouse.Files;

namespace Pws.Warehouse.Dialects;

public sealed class DuckDbDialect(string path, string? memoryLimit = null) : Dialect
{
    public override string Name => "duckdb";

    public override string Location => Path.GetFullPath(path);

    // The memory ceiling bounds what DuckDB's buffers hold, not what its allocator keeps of memory already freed:
    // without threads that hand it back, a kabupaten import peaked at 1.5-2.0 GB under a 1 GB ceiling (the outreach
    // mart's groupings), with them at 1.3 GB, in the same time (side by side, three runs each).
    private readonly string connectionString = $"Data Source={Path.GetFullPath(path)};allocator_background_threads=true"
        + (string.IsNullOrEmpty(memoryLimit) ? "" : $";memory_limit={memoryLimit}");

    private bool narrowed;

    /// <summary>Connections of this process on the file: DuckDB closes its database instance, and so forgets a fatal
    /// error, only when the last one closes.</summary>
    private int openConnections;

    private readonly Lock gate = new();
    private DbConnection? held;
    private Task? reopening;

    public override DbConnection Open()
    {
        if (Volatile.Read(ref reopening) is { IsCompleted: false })
            throw new WarehouseUnavailableException(
                $"Gudang data {Location} sedang dibuka ulang setelah galat fatal; coba lagi sebentar lagi.", new TimeoutException());
        return OpenCounted();
    }

    private DbConnection OpenCounted()
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
        var connection = new DuckDBConnection(connectionString);
        try
        {
            connection.Open();
            Interlocked.Increment(ref openConnections);
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == System.Data.ConnectionState.Closed) Interlocked.Decrement(ref openConnections);
            };
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
    public override IDisposable KeepOpen()
    {
        lock (gate) held = Open();
        return new Release(this);
    }

    private sealed class Release(DuckDbDialect dialect) : IDisposable
    {
        public void Dispose()
        {
            lock (dialect.gate)
            {
                dialect.held?.Dispose();
                dialect.held = null;
            }
        }
    }

    /// <summary>A fatal error (out of memory while committing, a failed checkpoint, an internal error) invalidates the
    /// database for every connection; each later statement fails with "database has been invalidated".</summary>
    public override bool StagesPerConnection => true;

    protected override string PersonNumber(string pseudonymColumn) =>
        $"((CAST(CAST('0x' || substring({pseudonymColumn}, 1, 16) AS UBIGINT) AS UHUGEINT) << 64) | CAST('0x' || substring({pseudonymColumn}, 17, 16) AS UBIGINT))";

    public override bool IsFatal(Exception error) => error is DuckDBException duckdb
        && (duckdb.ErrorType is DuckDB.NET.Native.DuckDBErrorType.Fatal or DuckDB.NET.Native.DuckDBErrorType.Internal
            || duckdb.Message.Contains("database has been invalidated", StringComparison.OrdinalIgnoreCase));

    public override Task Reopen(Exception cause)
    {
        lock (gate)
        {
            if (reopening is { IsCompleted: false }) return reopening;
            reopening = Task.Run(ReopenWhenClosed);
            return reopening;
        }
    }

    /// <summary>Closes the held connection, waits until the requests and the import still holding one have let go
    /// (they fail at once on an invalidated database), then opens the file again until it answers.</summary>
    private async Task ReopenWhenClosed()
    {
        bool keep;
        lock (gate)
        {
            keep = held is not null;
            held?.Dispose();
            held = null;
        }
        while (true)
        {
            while (Volatile.Read(ref openConnections) > 0) await Task.Delay(20);
            DbConnection? connection = null;
            try
            {
                connection = OpenCounted();
                using (var probe = connection.CreateCommand())
                {
                    probe.CommandText = "SELECT 1";
                    probe.ExecuteScalar();
                }
                if (keep)
                    lock (gate) held = connection;
                else connection.Dispose();
                return;
            }
            catch (Exception e) when (e is WarehouseUnavailableException || IsFatal(e))
            {
                // A connection opened just before the reopening began still held the old instance: wait for it again.
                connection?.Dispose();
                await Task.Delay(200);
            }
        }
    }

    public override IBulkWriter CreateBulkWriter(DbConnection connection, DbTransaction? transaction,
        string table, IReadOnlyList<string> columns) => new DuckDbBulkWriter((DuckDBConnection)connection, table);

    public override IEnumerable<string> SplitBatches(string script) => [script];
}
