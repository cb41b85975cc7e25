using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Marts;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Uhc;

/// <summary>JKN participation per village for a month (by default the latest JKN month), with the total of
/// the reader's area and its UHC level.</summary>
public sealed class UhcReport(UhcQuery query, PeriodeLayananTerakhir latest, AreaQuery area, DataStamp stamp) : Report<UhcModel, UhcRow>
{
    public override string Name => "uhc";

    protected override IReadOnlyList<ReportColumn<UhcRow>> RowColumns { get; } =
    [
        new("kode_desa", ColumnKind.Text, r => r.KodeDesa), new("nama_desa", ColumnKind.Text, r => r.NamaDesa),
        new("penduduk", ColumnKind.Integer, r => r.Penduduk), new("peserta_jkn", ColumnKind.Integer, r => r.PesertaJkn),
        new("peserta_aktif", ColumnKind.Integer, r => r.PesertaAktif), new("kepesertaan", ColumnKind.Percent, r => r.Kepesertaan),
        new("keaktifan", ColumnKind.Percent, r => r.Keaktifan), new("status_uhc", ColumnKind.Text, r => r.StatusUhc, Width: 16),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["periode"];

    public override Periode? LatestPeriode() => query.LatestPeriode() ?? latest.Read();

    public override UhcModel Read(ReportRequest request, AreaScope scope) => Read(request.Periode, scope);

    /// <summary>The total's kepesertaan for the twelve months up to the request's, oldest first.</summary>
    public IReadOnlyList<(Periode Periode, double? Kepesertaan)> Trend(ReportRequest request, AreaScope scope) =>
        Enumerable.Range(0, 12).Reverse().Select(i => request.Periode.Awal.AddMonths(-i)).Select(d => new Periode(d.Year, d.Month))
            .Select(m => (m, Read(m, scope).Total.Kepesertaan)).ToList();

    private UhcModel Read(Periode periode, AreaScope scope)
    {
        var rows = query.Run(periode).Where(r => scope.Allows(r.KodeDesa)).ToList();
        var wilayah = area.NamaUntuk(scope);
        return new UhcModel(periode, rows, query.Total(rows, wilayah));
    }

    protected override IEnumerable<UhcRow> Rows(UhcModel model) => model.Rows;

    protected override void WriteWorkbook(UhcModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output) =>
        UhcWorkbook.Write(output, table, Table([model.Total]),
            model.Rows, $"Periode {model.Periode.Nama}", stamp.Text());
}
