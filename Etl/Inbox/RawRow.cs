namespace Pws.Etl.Inbox;

/// <summary>A data row as a reader found it: its 1-based line, its fields, its raw text, for XLSX which cells
/// were numbers, and a problem when the row itself could not be read (an unclosed quote, a formula
/// without a value), which sends it to the karantina whatever its fields say.</summary>
public sealed record RawRow(int Line, string[] Fields, string Raw, bool[]? NumberCells = null, string? Problem = null);
