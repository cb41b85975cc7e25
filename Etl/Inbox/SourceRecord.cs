using Pws.Etl.Validation;

namespace Pws.Etl.Inbox;

/// <summary>One data row of a source file: its 1-based line (header = line 1, or the sheet row),
/// the values by normalized column name, the raw text for the karantina, and for XLSX the columns whose
/// cell was a number rather than text.</summary>
public sealed record SourceRecord(int Line, IReadOnlyDictionary<string, string> Values, string Raw,
    IReadOnlySet<string>? NumberCells = null, string? Problem = null)
{
    /// <summary>What went wrong turning a row read through an intake profile into the contract's form (a value without
    /// a mapping, a date in no listed format): the row goes to the karantina with these, unchecked further.</summary>
    public IReadOnlyList<RowProblem>? ReadProblems { get; init; }

    /// <summary>A row an intake profile declares no PWS data (a service mapped to "-"): neither loaded nor quarantined.</summary>
    public bool IsSkipped { get; private init; }

    public static SourceRecord Skipped(int line) => new(line, new Dictionary<string, string>(), "") { IsSkipped = true };

    public string Get(string column) => Values.TryGetValue(column, out var value) ? value.Trim() : "";

    public bool IsNumberCell(string column) => NumberCells?.Contains(column) == true;
}
