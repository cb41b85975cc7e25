using System.Data.Common;
using System.Reflection;
using Pws.Warehouse.Settings;

namespace Pws.Warehouse.Dialects;

/// <summary>The seam between the product and a warehouse engine: its connection, its SQL files and
/// its bulk loader. Everything else is engine-neutral.</summary>
public abstract class Dialect
{
    /// <summary>"duckdb" or "sqlserver": the middle part of every dialect SQL file name.</summary>
    public abstract string Name { get; }

    /// <summary>A human description of where the warehouse is, for messages (never a password).</summary>
    public abstract string Location { get; }

    public abstract DbConnection Open();

    /// <summary>Appends rows to a table in large batches (DuckDB Appender, SqlBulkCopy).</summary>
    public abstract IBulkWriter CreateBulkWriter(DbConnection connection, DbTransaction? transaction,
        string table, IReadOnlyList<string> columns);

    /// <summary>A migration script is one batch in DuckDB; SQL Server scripts are split on GO.</summary>
    public abstract IEnumerable<string> SplitBatches(string script);

    /// <summary>The text of <c>{name}.{dialect}.sql</c>, embedded in <paramref name="owner"/>.</summary>
    public string Sql(Assembly owner, string name) => SqlResources.Read(owner, $"sql.{name}.{Name}.sql");

    public static Dialect Create(WarehouseSettings settings) => settings.Provider.ToLowerInvariant() switch
    {
        "duckdb" => new DuckDbDialect(settings.Connection),
        "sqlserver" => new SqlServerDialect(settings.Connection),
        _ => throw new ArgumentException(
            $"Penyedia gudang data '{settings.Provider}' tidak dikenal: gunakan duckdb atau sqlserver."),
    };
}
