namespace Pws.Reports.Excel;

public enum CellKind { Text, Integer, Percent }

/// <summary>A table column of a sheet: its header, how its cells are typed and shown, its width in characters.</summary>
public sealed record XlsxColumn(string Header, CellKind Kind = CellKind.Text, double? Width = null);
