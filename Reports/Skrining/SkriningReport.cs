using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;
using Pws.Reports.Marts;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Skrining;

/// <summary>People screened and flagged per area, year to date, optionally for one kegiatan.</summary>
public sealed class SkriningReport(SkriningQuery query, PeriodeLayananTerakhir latest, DataStamp stamp) : Report<SkriningModel>
{
    public override string Name => "skrining";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("kode_wilayah"), new("nama_wilayah"), new("diskrining", ColumnKind.Integer), new("tekanan_darah_tinggi", ColumnKind.Integer),
        new("gula_darah_tinggi", ColumnKind.Integer), new("kolesterol_tinggi", ColumnKind.Integer), new("terduga_tb", ColumnKind.Integer),
        new("suspek_kusta", ColumnKind.Integer),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["tahun", "tingkat"];

    public override IReadOnlyList<string> OptionalFilters => ["sampai-bulan", "kegiatan", "kabkota"];

    public override Periode? LatestPeriode() => latest.Read();

    public override SkriningModel Read(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request);
        return new SkriningModel(r.Tahun, r.SampaiBulan, r.Tingkat, r.Kegiatan,
            query.Run(r.Tahun, r.SampaiBulan, r.Tingkat, r.Kegiatan).Where(row => scope.Allows(row.KodeWilayah)).ToList());
    }

    protected override IEnumerable<IReadOnlyList<object?>> Rows(SkriningModel model) => model.Rows.Select(r => (IReadOnlyList<object?>)
    [
        r.KodeWilayah, r.NamaWilayah, r.Counts.Diskrining, r.Counts.TekananDarahTinggi, r.Counts.GulaDarahTinggi,
        r.Counts.KolesterolTinggi, r.Counts.TerdugaTb, r.Counts.SuspekKusta,
    ]);

    protected override void WriteWorkbook(SkriningModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output) =>
        SkriningWorkbook.Write(output, table, model.Rows,
            $"Tahun {model.Tahun}, Januari s.d. {Indonesian.MonthName(model.SampaiBulan)}, tingkat {TingkatLabel.Label(model.Tingkat).ToLowerInvariant()}" +
            (model.Kegiatan is null ? "" : $", kegiatan {model.Kegiatan.ToUpperInvariant()}"), stamp.Text());
}
