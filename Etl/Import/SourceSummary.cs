namespace Pws.Etl.Import;

/// <summary>What one source's run did; Error is set when it failed (and changed nothing).</summary>
public sealed class SourceSummary(ImportSource source)
{
    public ImportSource Source { get; } = source;
    public long IdRun { get; set; }
    public int Files { get; set; }

    /// <summary>Files left unread because they are as the last run loaded them.</summary>
    public int FilesUnchanged { get; set; }
    public long RowsRead { get; set; }
    public long RowsLoaded { get; set; }
    public long RowsQuarantined { get; set; }
    /// <summary>FHIR Observations skipped for their status (preliminary, entered-in-error, cancelled...).</summary>
    public long SkippedByStatus { get; set; }

    /// <summary>FHIR resources skipped as no screening measurement (another LOINC code, another resource type).</summary>
    public long SkippedOtherCode { get; set; }
    /// <summary>FHIR resources read (from files or a server).</summary>
    public long FhirResources { get; set; }

    /// <summary>After this run, the puskesmas' FHIR observations whose Patient has not arrived; null for the masters.</summary>
    public long? ObservationsWaiting { get; set; }

    public string? Error { get; set; }
    public List<string> Notes { get; } = [];

    /// <summary>Per file, the columns it carried that the contract does not know (ignored).</summary>
    public List<(string File, IReadOnlyList<string> Columns)> UnknownColumns { get; } = [];
}
