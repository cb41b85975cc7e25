namespace Pws.Reports.Definitions;

public enum ColumnKind { Text, Integer, Percent }

/// <summary>One column of a report: its name (the CSV header, the JSON key, the workbook heading), how its
/// values are typed and shown, and a width in characters for the workbook when the content does not say.</summary>
public sealed record ReportColumn(string Name, ColumnKind Kind = ColumnKind.Text, double? Width = null);
