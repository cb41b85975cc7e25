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

    /// <summary>For a row read through an intake profile: the source column each contract field came from, so a
    /// problem the contract's rules find names the column the puskesmas knows.</summary>
    public IReadOnlyDictionary<string, string>? SourceColumns { get; init; }

    /// <summary>The problems with each contract field named by its source column where it has one ("Tekanan Darah").</summary>
    public IReadOnlyList<RowProblem> InSourceTerms(IReadOnlyList<RowProblem> problems) =>
        SourceColumns is null ? problems
        : problems.Select(p => p.Kolom is { } field && SourceColumns.TryGetValue(field, out var source) ? p with { Kolom = source } : p).ToList();

    public string Get(string column) => Values.TryGetValue(column, out var value) ? value.Trim() : "";

    public bool IsNumberCell(string column) => NumberCells?.Contains(column) == true;
}
