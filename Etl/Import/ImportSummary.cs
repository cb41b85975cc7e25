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

    /// <summary>Observations waiting for their Patient after this run, per puskesmas (its last source's count).</summary>
    public IReadOnlyList<(string KodePuskesmas, long Observasi)> ObservationsWaiting =>
        Sources.Where(s => s.ObservationsWaiting is not null && s.Error is null)
            .GroupBy(s => s.Source.KodePuskesmas!)
            .Select(g => (g.Key, g.Last().ObservationsWaiting!.Value))
            .ToList();

    /// <summary>Said whenever FHIR was read or something waits, so "0" confirms that everything joined up.</summary>
    private string? WaitingLine()
    {
        var waiting = ObservationsWaiting.Where(w => w.Observasi > 0).ToList();
        var total = waiting.Sum(w => w.Observasi);
        if (total == 0 && Sources.All(s => s.FhirResources == 0)) return null;
        return total == 0
            ? "  - 0 observasi menunggu Patient."
            : $"  - {total} observasi menunggu Patient ({string.Join(", ", waiting.Select(w => $"{w.KodePuskesmas}: {w.Observasi}"))}): " +
              "puskesmas perlu mengirim Patient-nya; daftarnya di /kualitas-data.";
    }

    private const int UnknownColumnsListed = 20;

    /// <summary>Each unknown column once, with how many files carried it and at most three of them.</summary>
    private IEnumerable<string> UnknownColumnLines() =>
        Sources.SelectMany(s => s.UnknownColumns)
            .SelectMany(u => u.Columns.Select(column => (Column: column, u.File)))
            .GroupBy(u => u.Column, u => u.File)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var files = g.Distinct().ToList();
                var named = string.Join(", ", files.Take(3)) + (files.Count > 3 ? $" dan {files.Count - 3} lainnya" : "");
                return $"  - kolom tidak dikenal '{g.Key}' diabaikan di {files.Count} berkas: {named}";
            });

    public override string ToString()
    {
        var lines = new List<string>
        {
            $"Impor selesai: {Sources.Count} sumber, {Files} berkas, {RowsRead} baris dibaca, {RowsLoaded} baris dimuat, " +
            $"{RowsQuarantined} dikarantina.",
        };
        if (Sources.Sum(s => s.FilesUnchanged) is var unchanged and > 0)
            lines.Add($"  - {unchanged} berkas tidak berubah sejak impor terakhir, tidak dibaca ulang.");
        if (YearsRebuilt.Count > 0) lines.Add($"Mart dibangun ulang untuk tahun {string.Join(", ", YearsRebuilt)}.");
        lines.AddRange(Failed.Select(s => $"  GAGAL {s.Source.Label}: {s.Error}"));
        if (Sources.Sum(s => s.SkippedByStatus) is var byStatus and > 0)
            lines.Add($"  - {byStatus} observasi FHIR dilewati karena statusnya bukan final, amended atau corrected.");
        if (Sources.Sum(s => s.SkippedOtherCode) is var otherCode and > 0)
            lines.Add($"  - {otherCode} sumber daya FHIR dilewati karena bukan ukuran skrining (kode LOINC lain atau jenis resource lain).");
        lines.AddRange(Sources.SelectMany(s => s.Notes).Select(n => "  - " + n));
        if (WaitingLine() is { } waiting) lines.Add(waiting);
        var unknown = UnknownColumnLines().ToList();
        lines.AddRange(unknown.Take(UnknownColumnsListed));
        if (unknown.Count > UnknownColumnsListed)
            lines.Add($"  - dan {unknown.Count - UnknownColumnsListed} kolom tidak dikenal lain.");
        return string.Join(Environment.NewLine, lines);
    }
}
