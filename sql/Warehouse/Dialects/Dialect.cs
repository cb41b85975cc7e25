using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Pws.Warehouse.Dialects;

/// <summary>The seam between the product and a warehouse engine: its connection, its SQL files and
/// its bulk loader. Everything else is engine-neutral.</summary>
public abstract partial class Dialect
{
    /// <summary>"duckdb" or "sqlserver": the middle part of every dialect SQL file name.</summary>
    public abstract string Name { get; }

    /// <summary>A human description of where the warehouse is, for messages (never a password).</summary>
    public abstract string Location { get; }

    public abstract DbConnection Open();

    /// <summary>Appends rows to a table in large batches (DuckDB Appender, SqlBulkCopy).</summary>
    public abstract IBulkWriter CreateBulkWriter(DbConnection connection, DbTransaction? transaction,
        string table, IReadOnlyList<string> columns);

    /// <summary>Whether each connection stages an import in tables of its own (DuckDB's temporary tables), so that two
    /// sources can be read and validated at once; SQL Server's imports share one set of staging tables and take turns.</summary>
    public virtual bool StagesPerConnection => false;

    /// <summary>Holds the warehouse open for a server's lifetime, so that a request opens a connection on an
    /// open database instead of opening the database itself. Nothing to hold for a client-server engine.</summary>
    public virtual IDisposable KeepOpen() => new NothingHeld();

    private sealed class NothingHeld : IDisposable
    {
        public void Dispose() { }
    }

    /// <summary>An error after which the engine answers nothing until it is opened again (DuckDB's "database has been
    /// invalidated", a broken SQL Server connection), as opposed to an error of one statement.</summary>
    public abstract bool IsFatal(Exception error);

    /// <summary>Opens the warehouse again after a fatal error; while it does, <see cref="Open"/> refuses with a
    /// <see cref="WarehouseUnavailableException"/>. Callers arriving together share one reopening. A connection still
    /// held by the caller keeps the broken engine alive: dispose it first.</summary>
    public abstract Task Reopen(Exception cause);

    /// <summary>Whether <paramref name="error"/>, or an error it wraps, is fatal to the engine.</summary>
    public bool IsFatalAnywhere(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
            if (IsFatal(error)) return true;
        return false;
    }

    /// <summary>A migration script is one batch in DuckDB; SQL Server scripts are split on GO.</summary>
    public abstract IEnumerable<string> SplitBatches(string script);

    /// <summary>The query <paramref name="name"/> embedded in <paramref name="owner"/>: <c>{name}.{dialect}.sql</c>
    /// where the engines disagree, else the shared <c>{name}.sql</c> adapted to this engine.</summary>
    public string Sql(Assembly owner, string name) =>
        SqlResources.TryRead(owner, $"sql.{name}.{Name}.sql") ?? Adapt(SqlResources.Read(owner, $"sql.{name}.sql"));

    /// <summary>Shared SQL is written with DuckDB's <c>$name</c> parameters, without schema; an engine that
    /// differs rewrites it here, and only here. Every engine writes <c>nomor_orang(column)</c> its own way.</summary>
    public virtual string Adapt(string sharedSql) =>
        PersonNumberCall().Replace(sharedSql, call => PersonNumber(call.Groups[1].Value));

    /// <summary>A person as a 128-bit number for statements that group or join on people, in place of their pseudonym:
    /// its first 32 hex digits. A pseudonym is a 256-bit keyed hash, so two people sharing those digits is as unlikely
    /// as sharing a pseudonym (about 1 in 2^73 for every Indonesian), while grouping on a number instead of 64
    /// characters took a kabupaten's outreach mart from 22.5 to 16-18 s under a 1 GB ceiling.</summary>
    protected abstract string PersonNumber(string pseudonymColumn);

    [GeneratedRegex(@"\bnomor_orang\(\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\)")]
    private static partial Regex PersonNumberCall();

    /// <param name="provider">"duckdb" or "sqlserver".</param>
    /// <param name="connection">A DuckDB file path, or a SQL Server connection string.</param>
    /// <param name="memoryLimit">The embedded engine's memory ceiling ("1GB"); a server manages its own.</param>
    public static Dialect Create(string provider, string connection, string? memoryLimit = null) => provider.ToLowerInvariant() switch
    {
        "duckdb" => new DuckDbDialect(connection, memoryLimit),
        "sqlserver" => new SqlServerDialect(connection),
        _ => throw new ArgumentException(
            $"Penyedia gudang data '{provider}' tidak dikenal: gunakan duckdb atau sqlserver."),
    };
}
