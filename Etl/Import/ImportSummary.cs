namespace Pws.Etl.Import;

/// <summary>What a run did, for the console and the run history.</summary>
public sealed class ImportSummary
{
    public long IdRun { get; set; }
    public int Files { get; set; }
    public long RowsRead { get; set; }
    public long RowsLoaded { get; set; }
    public long RowsQuarantined { get; set; }
    public List<int> YearsRebuilt { get; } = [];
    public List<string> Notes { get; } = [];

    /// <summary>Per file, the columns it carried that the contract does not know (ignored).</summary>
    public List<(string File, string Columns)> UnknownColumns { get; } = [];

    public override string ToString()
    {
        var lines = new List<string>
        {
            $"Impor #{IdRun} selesai: {Files} berkas, {RowsRead} baris dibaca, {RowsLoaded} baris dimuat, {RowsQuarantined} dikarantina.",
        };
        if (YearsRebuilt.Count > 0) lines.Add($"Mart dibangun ulang untuk tahun {string.Join(", ", YearsRebuilt)}.");
        lines.AddRange(Notes.Select(n => "  - " + n));
        lines.AddRange(UnknownColumns.GroupBy(u => u.Columns).Select(g =>
            $"  - kolom tidak dikenal diabaikan ({g.Key}) di {g.Count()} berkas: {string.Join(", ", g.Select(u => u.File))}"));
        return string.Join(Environment.NewLine, lines);
    }
}
