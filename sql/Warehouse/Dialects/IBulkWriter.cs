namespace Pws.Warehouse.Dialects;

/// <summary>Appends rows to one table; values in the column order given when it was created.</summary>
public interface IBulkWriter : IDisposable
{
    void Add(params object?[] values);

    /// <summary>Flushes what is buffered. Rows not completed are discarded on dispose.</summary>
    void Complete();
}
