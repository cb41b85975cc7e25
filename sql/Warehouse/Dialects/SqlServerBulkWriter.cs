using System.Data;
using Microsoft.Data.SqlClient;

namespace Pws.Warehouse.Dialects;

/// <summary>Buffers rows and sends them with SqlBulkCopy; batches of 100,000 rows or more keep
/// columnstore rowgroups compressed.</summary>
internal sealed class SqlServerBulkWriter : IBulkWriter
{
    private const int BatchSize = 100_000;
    private readonly SqlBulkCopy bulkCopy;
    private readonly DataTable buffer = new();

    public SqlServerBulkWriter(SqlConnection connection, SqlTransaction? transaction, string table, IReadOnlyList<string> columns)
    {
        bulkCopy = new SqlBulkCopy(connection, SqlBulkCopyOptions.TableLock, transaction)
        {
            DestinationTableName = table,
            BatchSize = BatchSize,
            BulkCopyTimeout = 0,
        };
        foreach (var column in columns)
        {
            buffer.Columns.Add(column, typeof(object));
            bulkCopy.ColumnMappings.Add(column, column);
        }
    }

    public void Add(params object?[] values)
    {
        buffer.Rows.Add(values.Select(v => v switch
        {
            null => DBNull.Value,
            DateOnly date => date.ToDateTime(TimeOnly.MinValue),
            _ => v,
        }).ToArray());
        if (buffer.Rows.Count >= BatchSize) Flush();
    }

    public void Complete() => Flush();

    private void Flush()
    {
        if (buffer.Rows.Count == 0) return;
        bulkCopy.WriteToServer(buffer);
        buffer.Clear();
    }

    public void Dispose() => ((IDisposable)bulkCopy).Dispose();
}
