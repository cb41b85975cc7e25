namespace Pws.Reports.Definitions;

/// <summary>Rows <see cref="Skip"/> to <see cref="Skip"/> + <see cref="Take"/> of a report's table: the page an API
/// client asks for.</summary>
public sealed record RowRange(int Skip, int Take);

/// <summary>One page of a report's table, and how many rows the whole table has.</summary>
public sealed record ReportPage(ReportTable Table, int Total);
