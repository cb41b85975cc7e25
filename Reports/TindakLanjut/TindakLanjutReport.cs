using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Marts;

namespace Pws.Reports.TindakLanjut;

/// <summary>The follow-up lists (daftar tindak lanjut) of one month: for one puskesmas (a kepala puskesmas always gets
/// its own) or every puskesmas the reader may see, one list (<c>jenis</c>) or all. Records of people, though named only
/// by the puskesmas's own ids: readers of records only, every download audited like the others.</summary>
public sealed class TindakLanjutReport(TindakLanjutQuery query, PeriodeLayananTerakhir latest, DataStamp stamp)
    : Report<TindakLanjutModel, TindakLanjutRow>
{
    public override string Name => "tindak-lanjut";

    protected override IReadOnlyList<ReportColumn<TindakLanjutRow>> RowColumns { get; } =
    [
        new("jenis", ColumnKind.Text, r => r.Jenis, Width: 22), new("kode_puskesmas", ColumnKind.Text, r => r.KodePuskesmas),
        new("id_kunjungan", ColumnKind.Text, r => r.IdKunjungan, Width: 24), new("tanggal", ColumnKind.Text, r => Iso(r.Tanggal)),
        new("kode_desa", ColumnKind.Text, r => r.KodeDesa), new("nama_desa", ColumnKind.Text, r => r.NamaDesa),
        new("jenis_kelamin", ColumnKind.Text, r => r.JenisKelamin), new("usia", ColumnKind.Integer, r => r.Usia),
        new("tanggal_pemicu", ColumnKind.Text, r => Iso(r.TanggalPemicu)), new("batas_tindak_lanjut", ColumnKind.Text, r => Iso(r.BatasTindakLanjut)),
    ];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public override IReadOnlyList<string> RequiredFilters => ["periode"];

    public override IReadOnlyList<string> OptionalFilters => ["puskesmas", "jenis"];

    public override bool ShowsRecords => true;

    public override bool WorkbookForPuskesmas => true;

    public override Periode? LatestPeriode() => latest.Read();

    public override TindakLanjutModel Read(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request);
        var model = query.Run(r.Periode, r.Puskesmas, r.Jenis);
        return model with { Rows = model.Rows.Where(row => scope.Allows(row.KodePuskesmas)).ToList() };
    }

    protected override IEnumerable<TindakLanjutRow> Rows(TindakLanjutModel model) => model.Rows;

    protected override void WriteWorkbook(TindakLanjutModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output) =>
        TindakLanjutWorkbook.Write(output, model, table, stamp.Text());
}
