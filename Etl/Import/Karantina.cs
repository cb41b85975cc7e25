using Pws.Etl.Validation;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Import;

/// <summary>Collects this run's bad rows and unreadable files into staging; the run then replaces
/// the earlier entries of every file it read, so the karantina always shows the current state. A value without a
/// crosswalk entry is also written to <paramref name="unmapped"/>, for the mapping page.</summary>
public sealed class Karantina(IBulkWriter writer, IBulkWriter unmapped, string kodePuskesmas) : IDisposable
{
    public long Count { get; private set; }

    private const int ReasonLength = 400;
    private const int ColumnLength = 100;
    private const int NilaiLength = 200;

    /// <summary>A row's raw text is kept up to this, enough to read what was wrong.</summary>
    private const int RawLength = 4000;

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <param name="nik">The row's NIK field as written: hidden whatever its shape, since a NIK of the wrong
    /// length is still somebody's number.</param>
    public void Row(string sumber, int baris, IReadOnlyList<RowProblem> problems, string raw, string nik)
    {
        var first = problems[0];
        var masked = nik.Length > 0 ? raw.Replace(nik, FieldParsers.MaskDigits(nik), StringComparison.Ordinal) : raw;
        writer.Add(sumber, baris, Cut(first.Kolom, ColumnLength), Cut(string.Join("; ", problems.Select(p => p.Alasan)), ReasonLength),
            Cut(FieldParsers.MaskNik(masked), RawLength));
        foreach (var problem in problems)
            if (problem.Unmapped is var (jenis, nilai))
                unmapped.Add(sumber, baris, kodePuskesmas, jenis, Cut(problem.Kolom, ColumnLength) ?? "", Cut(FieldParsers.MaskNik(nilai), NilaiLength));
        Count++;
    }

    /// <summary>A FHIR resource that cannot be mapped: the resource id stands in the column's place.</summary>
    /// <param name="waiting">A value of the resource that waits for a crosswalk entry (a village code from before a pemekaran).</param>
    public void Resource(string sumber, int? baris, string resourceId, string alasan, string? isi,
        (string Jenis, string Kolom, string Nilai)? waiting = null)
    {
        writer.Add(sumber, baris, Cut(resourceId, ColumnLength), Cut(alasan, ReasonLength), isi);
        if (waiting is var (jenis, kolom, nilai)) unmapped.Add(sumber, baris, kodePuskesmas, jenis, kolom, Cut(nilai, NilaiLength));
        Count++;
    }

    public void File(string sumber, string alasan, string? kolom = null)
    {
        writer.Add(sumber, null, Cut(kolom, ColumnLength), Cut(alasan, ReasonLength), null);
        Count++;
    }

    public void Complete()
    {
        writer.Complete();
        unmapped.Complete();
    }

    public void Dispose()
    {
        writer.Dispose();
        unmapped.Dispose();
    }
}
