namespace Pws.Reports.Definitions;

public enum ColumnKind { Text, Integer, Percent }

/// <summary>One column of a report: its name (the CSV header, the JSON key, the workbook heading), how its
/// values are typed and shown, and a width in characters for the workbook when the content does not say.</summary>
public sealed record ReportColumn(string Name, ColumnKind Kind = ColumnKind.Text, double? Width = null);

/// <summary>A column declared with how its value is read from a row of <typeparamref name="TRow"/>: a table's header
/// and its rows both come from one list of these, so a row cannot hold more, fewer or reordered values.</summary>
public sealed record ReportColumn<TRow>(string Name, ColumnKind Kind, Func<TRow, object?> Value, double? Width = null)
{
    public ReportColumn Column => new(Name, Kind, Width);
}
