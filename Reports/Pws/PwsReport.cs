using Pws.Core.Catalog;
using Pws.Core.Settings;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Marts;
using Pws.Reports.Peta;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Pws;

/// <summary>PWS per village for one indicator and month: every village of the area, of one kecamatan (<c>induk</c>), or
/// of one puskesmas' wilayah kerja (a puskesmas reader always gets its own). With <c>per</c> the chart sums the villages
/// into one bar per puskesmas area, kecamatan or kabupaten/kota; the table stays per village. The workbook adds every
/// other PWS indicator, the charts and the UCI sheet, for the whole area or one puskesmas alike.</summary>
public sealed class PwsReport(PwsQuery query, IndicatorCatalog catalog, AreaQuery area, AreaRollups rollups, BatasDesaQuery batasDesa, PeriodeLayananTerakhir latest,
    PwsSettings settings, DataStamp stamp)
    : Report<PwsLaporan, PwsDesa>
{
    public override string Name => "pws";

    protected override IReadOnlyList<ReportColumn<PwsDesa>> RowColumns { get; } =
    [
        new("kode_desa", ColumnKind.Text, d => d.KodeDesa), new("nama_desa", ColumnKind.Text, d => d.NamaDesa),
        new("sasaran", ColumnKind.Integer, d => d.Sasaran), new("bulan_ini", ColumnKind.Integer, d => d.BulanIni),
        new("kumulatif", ColumnKind.Integer, d => d.Kumulatif), new("cakupan_bulan_ini", ColumnKind.Percent, d => d.CakupanBulanIni),
        new("cakupan_bulan_lalu", ColumnKind.Percent, d => d.CakupanBulanLalu), new("cakupan_kumulatif", ColumnKind.Percent, d => d.CakupanKumulatif),
        new("target_kumulatif", ColumnKind.Percent, d => d.TargetKumulatif), new("status", ColumnKind.Text, d => d.Status?.ToString(), Width: 12),
        new("proyeksi_desember", ColumnKind.Percent, d => d.Proyeksi?.ProyeksiDesember),
        new("perlu_per_bulan", ColumnKind.Integer, d => d.Proyeksi?.PerluPerBulan),
        new("porsi_agregat", ColumnKind.Percent, d => d.PorsiAgregat),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["indikator", "periode"];

    public override IReadOnlyList<string> OptionalFilters => ["puskesmas", "kabkota"];

    public override bool WorkbookForPuskesmas => true;

    public override Periode? LatestPeriode() => latest.Read();

    public override PwsLaporan Read(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request);
        return query.Run(Indikator(r), r.Periode, r.Puskesmas, r.KabKota, r.Induk, r.Per ?? Tingkat.Desa, Areas(r));
    }

    protected override (IReadOnlyList<PwsDesa> Rows, int Total)? ReadPage(ReportRequest request, AreaScope scope, RowRange range)
    {
        var r = scope.Restrict(request);
        return query.Page(Indikator(r), r.Periode, r.Puskesmas, r.KabKota, r.Induk, range);
    }

    private string Indikator(ReportRequest request) =>
        FilterParser.OneOf("indikator", request.Indikator, catalog.Kelompok("PWS").Select(i => i.Kode));

    /// <summary>The areas a view's bars sum into: with <c>per</c> above desa, for a view wider than one puskesmas.</summary>
    private IReadOnlyList<AreaRollup.Area>? Areas(ReportRequest request) =>
        request.Per is { } per and not Tingkat.Desa && request.Puskesmas is null ? rollups.For(request.Periode.Tahun).Areas(per) : null;

    protected override IEnumerable<PwsDesa> Rows(PwsLaporan laporan) => laporan.Desa;

    /// <summary>Every PWS indicator of one puskesmas's villages for a month, each with its table: the lokmin pack's PWS part.</summary>
    public IReadOnlyList<(PwsLaporan Laporan, ReportTable Table)> SemuaIndikator(Periode periode, string kodePuskesmas) =>
        [.. catalog.Kelompok("PWS").Select(i => query.Run(i.Kode, periode, kodePuskesmas)).Select(l => (l, Table(l.Desa)))];

    protected override void WriteWorkbook(PwsLaporan laporan, ReportTable table, ReportRequest request, AreaScope scope, Stream output)
    {
        // Every PWS indicator, the one asked for first.
        var others = catalog.Kelompok("PWS").Where(i => i.Kode != laporan.Indikator.Kode)
            .Select(i => query.Run(i.Kode, laporan.Periode, laporan.KodePuskesmas, laporan.KabKota, request.Induk, laporan.Per, Areas(request)));
        var wilayah = area.NamaUntuk(laporan.KodePuskesmas, laporan.KabKota);
        var shapes = batasDesa.Read();
        var peta = shapes.Shapes.Count == 0 ? ((byte[], int, int)?)null
            : PetaPng.Render(PwsPeta.Model(laporan), shapes.Shapes, rollups.For(laporan.Periode.Tahun), shapes.Skematis ? "Peta skematis: bukan batas desa sebenarnya" : null);
        PwsWorkbook.Write(output, [.. new[] { laporan }.Concat(others).Select(l => (l, Table(l.Desa)))],
            wilayah, stamp.Text(), settings.UciAmbang, peta);
    }
}
