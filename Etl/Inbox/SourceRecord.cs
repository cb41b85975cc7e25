namespace Pws.Etl.Inbox;

/// <summary>One data row of a source file: its 1-based line (header = line 1, or the sheet row),
/// the values by normalized column name, and the raw text for the quarantine.</summary>
public sealed record SourceRecord(int Line, IReadOnlyDictionary<string, string> Values, string Raw)
{
    public string Get(string column) => Values.TryGetValue(column, out var value) ? value.Trim() : "";
}
