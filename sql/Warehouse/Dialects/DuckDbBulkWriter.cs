using DuckDB.NET.Data;

namespace Pws.Warehouse.Dialects;

internal sealed class DuckDbBulkWriter(DuckDBConnection connection, string table) : IBulkWriter
{
    private readonly DuckDBAppender appender = connection.CreateAppender(table);

    public void Add(params object?[] values)
    {
        var row = appender.CreateRow();
        foreach (var value in values)
        {
            _ = value switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                byte b => row.AppendValue(b),
                int i => row.AppendValue(i),
                long l => row.AppendValue(l),
                double d => row.AppendValue(d),
                bool flag => row.AppendValue(flag),
                DateOnly date => row.AppendValue(date),
                DateTime time => row.AppendValue(time),
                _ => throw new NotSupportedException($"Tipe {value.GetType().Name} belum didukung oleh appender."),
            };
        }
        row.EndRow();
    }

    public void Complete() => appender.Close();

    public void Dispose() => appender.Dispose();
}
