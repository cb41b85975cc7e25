using Pws.Etl.Validation;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Import;

/// <summary>Collects this run's bad rows and unreadable files into staging; the run then replaces
/// the earlier entries of every file it read, so the quarantine always shows the current state.</summary>
public sealed class Quarantine(IBulkWriter writer) : IDisposable
{
    public long Count { get; private set; }

    public void Row(string sumber, int baris, IReadOnlyList<RowProblem> problems, string raw)
    {
        var first = problems[0];
        writer.Add(sumber, baris, first.Kolom, string.Join("; ", problems.Select(p => p.Alasan)), FieldParsers.MaskNik(raw));
        Count++;
    }

    /// <summary>A FHIR resource that cannot be mapped: the resource id stands in the column's place.</summary>
    public void Resource(string sumber, int? baris, string resourceId, string alasan, string? isi)
    {
        writer.Add(sumber, baris, resourceId, alasan, isi);
        Count++;
    }

    public void File(string sumber, string alasan, string? kolom = null)
    {
        writer.Add(sumber, null, kolom, alasan, null);
        Count++;
    }

    public void Complete() => writer.Complete();

    public void Dispose() => writer.Dispose();
}
