namespace Pws.Reports.Definitions;

/// <summary>One report defined once: its columns, its filters, its area rule and its query give a read
/// model (what its page renders), and from the model's rows of <typeparamref name="TRow"/> the table and the workbook.</summary>
public abstract class Report<TModel, TRow> : IReport
{
    public abstract string Name { get; }

    /// <summary>The table's columns in order, each with how it reads its value from a row.</summary>
    protected abstract IReadOnlyList<ReportColumn<TRow>> RowColumns { get; }

    public IReadOnlyList<ReportColumn> Columns => columns ??= [.. RowColumns.Select(c => c.Column)];

    private IReadOnlyList<ReportColumn>? columns;

    public virtual IReadOnlyList<string> RequiredFilters => [];

    public virtual IReadOnlyList<string> OptionalFilters => [];

    public virtual bool WorkbookForPuskesmas => false;

    public virtual bool ShowsRecords => false;

    public virtual Periode? LatestPeriode() => null;

    /// <summary>The report's figures for the request, within the reader's area.</summary>
    public abstract TModel Read(ReportRequest request, AreaScope scope);

    /// <summary>The model's rows, in the table's order.</summary>
    protected abstract IEnumerable<TRow> Rows(TModel model);

    /// <summary>The workbook: its first sheet is <paramref name="table"/>, under a title and the filters. Any other sheet
    /// reads within <paramref name="scope"/> as <see cref="Read"/> does; <paramref name="request"/> is already restricted to it.</summary>
    protected abstract void WriteWorkbook(TModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output);

    public ReportTable Table(ReportRequest request, AreaScope scope) => Table(Rows(Read(request, scope)));

    public ReportPage Page(ReportRequest request, AreaScope scope, RowRange range)
    {
        if (ReadPage(request, scope, range) is { } page) return new ReportPage(Table(page.Rows), page.Total);
        var rows = Rows(Read(request, scope)).ToList();
        return new ReportPage(Table(rows.Skip(range.Skip).Take(range.Take)), rows.Count);
    }

    /// <summary>Only the rows of <paramref name="range"/>, in the table's order, and how many the table has, for a report
    /// that can read them without reading the whole (a province's SPM per village is 102,756 rows); null cuts the page
    /// from the whole table.</summary>
    protected virtual (IReadOnlyList<TRow> Rows, int Total)? ReadPage(ReportRequest request, AreaScope scope, RowRange range) => null;

    public int WriteWorkbook(ReportRequest request, AreaScope scope, Stream output)
    {
        var model = Read(request, scope);
        var table = Table(Rows(model));
        WriteWorkbook(model, table, scope.Restrict(request), scope, output);
        return table.Rows.Count;
    }

    /// <summary>A table of the report's columns over any of its rows: a workbook's other sheets.</summary>
    protected ReportTable Table(IEnumerable<TRow> rows) => ReportTable.Of(RowColumns, rows);
}
