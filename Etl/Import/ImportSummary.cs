namespace Pws.Etl.Import;

/// <summary>What an import did over all its sources, for the console and the logs.</summary>
public sealed class ImportSummary
{
    public List<SourceSummary> Sources { get; } = [];
    public List<int> YearsRebuilt { get; } = [];

    public int Files => Sources.Sum(s => s.Files);
    public long RowsRead => Sources.Sum(s => s.RowsRead);
    public long RowsLoaded => Sources.Sum(s => s.RowsLoaded);
    public long RowsQuarantined => Sources.Sum(s => s.RowsQuarantined);
    public IEnumerable<SourceSummary> Failed => Sources.Where(s => s.Error is not null);

    public override string ToString()
    {
        var lines = new List<string>
        {
            $"Impor selesai: {Sources.Count} sumber, {Files} berkas, {RowsRead} baris dibaca, {RowsLoaded} baris dimuat, " +
            $"{RowsQuarantined} dikarantina.",
        };
        if (YearsRebuilt.Count > 0) lines.Add($"Mart dibangun ulang untuk tahun {string.Join(", ", YearsRebuilt)}.");
        lines.AddRange(Failed.Select(s => $"  GAGAL {s.Source.Label}: {s.Error}"));
        var skipped = Sources.Sum(s => s.Skipped);
        if (skipped > 0) lines.Add($"  - {skipped} sumber daya FHIR dilewati (status bukan final/amended/corrected, atau bukan ukuran skrining).");
        lines.AddRange(Sources.SelectMany(s => s.Notes).Select(n => "  - " + n));
        lines.AddRange(Sources.SelectMany(s => s.UnknownColumns).GroupBy(u => u.Columns).Select(g =>
            $"  - kolom tidak dikenal diabaikan ({g.Key}) di {g.Count()} berkas: {string.Join(", ", g.Select(u => u.File))}"));
        return string.Join(Environment.NewLine, lines);
    }
}
