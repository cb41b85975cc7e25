namespace Pws.Etl.Inbox;

/// <summary>One data row of a source file: its 1-based line (header = line 1, or the sheet row),
/// the values by normalized column name, the raw text for the karantina, and for XLSX the columns whose
/// cell was a number rather than text.</summary>
public sealed record SourceRecord(int Line, IReadOnlyDictionary<string, string> Values, string Raw,
    IReadOnlySet<string>? NumberCells = null, string? Problem = null)
{
    public string Get(string column) => Values.TryGetValue(column, out var value) ? value.Trim() : "";

    public bool IsNumberCell(string column) => NumberCells?.Contains(column) == true;
}
