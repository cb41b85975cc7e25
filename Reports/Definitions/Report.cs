namespace Pws.Reports.Definitions;

/// <summary>One report defined once: its columns, its filters, its area rule and its query give a read
/// model (what its page renders), and from the model the table and the workbook.</summary>
public abstract class Report<TModel> : IReport
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<ReportColumn> Columns { get; }

    public virtual IReadOnlyList<string> RequiredFilters => [];

    public virtual IReadOnlyList<string> OptionalFilters => [];

    public virtual bool WorkbookForPuskesmas => false;

    public virtual bool ShowsRecords => false;

    public virtual Periode? LatestPeriode() => null;

    /// <summary>The report's figures for the request, within the reader's area.</summary>
    public abstract TModel Read(ReportRequest request, AreaScope scope);

    /// <summary>The model's rows, one value per column.</summary>
    protected abstract IEnumerable<IReadOnlyList<object?>> Rows(TModel model);

    /// <summary>The workbook: its first sheet is <paramref name="table"/>, under a title and the filters. Any other sheet
    /// reads within <paramref name="scope"/> as <see cref="Read"/> does; <paramref name="request"/> is already restricted to it.</summary>
    protected abstract void WriteWorkbook(TModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output);

    public ReportTable Table(ReportRequest request, AreaScope scope) => Table(Read(request, scope));

    public int WriteWorkbook(ReportRequest request, AreaScope scope, Stream output)
    {
        var model = Read(request, scope);
        var table = Table(model);
        WriteWorkbook(model, table, scope.Restrict(request), scope, output);
        return table.Rows.Count;
    }

    private ReportTable Table(TModel model) => new(Columns, Rows(model).ToList());
}
