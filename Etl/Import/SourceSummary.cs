namespace Pws.Etl.Import;

/// <summary>What one source's run did; Error is set when it failed (and changed nothing).</summary>
public sealed class SourceSummary(ImportSource source)
{
    public ImportSource Source { get; } = source;
    public long IdRun { get; set; }
    public int Files { get; set; }
    public long RowsRead { get; set; }
    public long RowsLoaded { get; set; }
    public long RowsQuarantined { get; set; }
    public long Skipped { get; set; }
    public string? Error { get; set; }
    public List<string> Notes { get; } = [];

    /// <summary>Per file, the columns it carried that the contract does not know (ignored).</summary>
    public List<(string File, string Columns)> UnknownColumns { get; } = [];
}
