using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;

namespace Pws.Warehouse.Dialects;

public sealed partial class SqlServerDialect(string connectionString) : Dialect
{
    public override string Name => "sqlserver";

    public override string Location
    {
        get
        {
            var builder = new SqlConnectionStringBuilder(connectionString);
            return $"SQL Server {builder.DataSource}/{builder.InitialCatalog}";
        }
    }

    public override DbConnection Open()
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqlException e)
        {
            connection.Dispose();
            throw new WarehouseUnavailableException($"Gudang data {Location} tidak dapat dihubungi. ({e.Message})", e);
        }
    }

    /// <summary>Severity 20 and above ends the connection (a lost server, a killed session): the pool may still hand
    /// out its siblings, which fail the same way.</summary>
    public override bool IsFatal(Exception error) => error is SqlException { Class: >= 20 };

    public override Task Reopen(Exception cause)
    {
        SqlConnection.ClearAllPools();
        return Task.CompletedTask;
    }

    public override IBulkWriter CreateBulkWriter(DbConnection connection, DbTransaction? transaction,
        string table, IReadOnlyList<string> columns) =>
        new SqlServerBulkWriter((SqlConnection)connection, (SqlTransaction?)transaction, table, columns);

    /// <summary>DuckDB's <c>$name</c> parameters become <c>@name</c>; tables resolve to the default schema (dbo). A common
    /// table expression marked <c>AS MATERIALIZED</c> (computed once though read twice, which DuckDB otherwise may not) or
    /// <c>AS NOT MATERIALIZED</c> (read again by each reader rather than written out whole) loses the mark: T-SQL has
    /// none, its optimizer decides.</summary>
    public override string Adapt(string sharedSql) =>
        DuckDbParameter().Replace(MaterializedCte().Replace(base.Adapt(sharedSql), "AS ("), "@$1");

    protected override string PersonNumber(string pseudonymColumn) => $"CONVERT(BINARY(16), substring({pseudonymColumn}, 1, 32), 2)";

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex DuckDbParameter();

    [GeneratedRegex(@"\bAS\s+(NOT\s+)?MATERIALIZED\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex MaterializedCte();

    public override IEnumerable<string> SplitBatches(string script) =>
        GoSeparator().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch));

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}
