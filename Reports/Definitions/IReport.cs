namespace Pws.Reports.Definitions;

/// <summary>A report as the command line, the API and the downloads see it: found by name, read within an
/// area, written as a table (CSV, JSON) or as a workbook whose first sheet holds the same table.</summary>
public interface IReport
{
    /// <summary>The name in <c>export NAME</c>, <c>/api/NAME</c> and <c>/ekspor/NAME.xlsx</c>.</summary>
    string Name { get; }

    IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>The filters the command line must be given (a page falls back on defaults).</summary>
    IReadOnlyList<string> RequiredFilters { get; }

    /// <summary>The further filters the command line accepts, shown in its usage text.</summary>
    IReadOnlyList<string> OptionalFilters { get; }

    /// <summary>Whether a puskesmas reader may download the workbook; most workbooks show the whole area.</summary>
    bool WorkbookForPuskesmas { get; }

    /// <summary>Whether its rows are records copied from the input (the quarantine), not aggregates: Bappeda
    /// reads aggregates only.</summary>
    bool ShowsRecords { get; }

    /// <summary>The month a request without <c>periode</c> reads: the latest with data, or null for none.</summary>
    Periode? LatestPeriode();

    ReportTable Table(ReportRequest request, AreaScope scope);

    /// <summary>The rows of <paramref name="range"/> of <see cref="Table"/>, and its total.</summary>
    ReportPage Page(ReportRequest request, AreaScope scope, RowRange range);

    /// <summary>Writes the workbook and returns the number of rows of its data sheet.</summary>
    int WriteWorkbook(ReportRequest request, AreaScope scope, Stream output);
}
