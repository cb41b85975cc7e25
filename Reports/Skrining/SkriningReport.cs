using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;
using Pws.Reports.Marts;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Skrining;

/// <summary>People screened and flagged per area, year to date, optionally for one kegiatan.</summary>
public sealed class SkriningReport(SkriningQuery query, PeriodeLayananTerakhir latest, DataStamp stamp) : Report<SkriningModel, SkriningRow>
{
    public override string Name => "skrining";

    protected override IReadOnlyList<ReportColumn<SkriningRow>> RowColumns { get; } =
    [
        new("kode_wilayah", ColumnKind.Text, r => r.KodeWilayah), new("nama_wilayah", ColumnKind.Text, r => r.NamaWilayah),
        new("diskrining", ColumnKind.Integer, r => r.Counts.Diskrining),
        new("tekanan_darah_tinggi", ColumnKind.Integer, r => r.Counts.TekananDarahTinggi),
        new("gula_darah_tinggi", ColumnKind.Integer, r => r.Counts.GulaDarahTinggi),
        new("kolesterol_tinggi", ColumnKind.Integer, r => r.Counts.KolesterolTinggi),
        new("terduga_tb", ColumnKind.Integer, r => r.Counts.TerdugaTb), new("suspek_kusta", ColumnKind.Integer, r => r.Counts.SuspekKusta),
        new("porsi_agregat", ColumnKind.Percent, r => r.Counts.PorsiAgregat),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["tahun", "tingkat"];

    public override IReadOnlyList<string> OptionalFilters => ["sampai-bulan", "kegiatan"];

    public override Periode? LatestPeriode() => latest.Read();

    public override SkriningModel Read(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request);
        return new SkriningModel(r.Tahun, r.SampaiBulan, r.Tingkat, r.Kegiatan,
            query.Run(r.Tahun, r.SampaiBulan, r.Tingkat, r.Kegiatan).Where(row => scope.Allows(row.KodeWilayah)).ToList());
    }

    protected override IEnumerable<SkriningRow> Rows(SkriningModel model) => model.Rows;

    protected override void WriteWorkbook(SkriningModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output) =>
        SkriningWorkbook.Write(output, table, model.Rows,
            $"Tahun {model.Tahun}, Januari s.d. {Indonesian.MonthName(model.SampaiBulan)}, tingkat {TingkatLabel.Label(model.Tingkat).ToLowerInvariant()}" +
            (model.Kegiatan is null ? "" : $", kegiatan {model.Kegiatan.ToUpperInvariant()}"), stamp.Text());
}
