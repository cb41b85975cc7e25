using ClosedXML.Excel;
using Pws.Core.Settings;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Kaskade;
using Pws.Reports.Marts;
using Pws.Reports.Pws;
using Pws.Reports.Spm;
using Pws.Reports.TindakLanjut;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Lokmin;

/// <summary>The lokmin pack (<c>/ekspor/lokmin.xlsx?puskesmas=...&amp;periode=...</c>): one workbook per puskesmas and
/// month, printable on A4 landscape, in the order a mini-lokakarya discusses it. Its table (CSV, JSON) is every PWS
/// indicator of the puskesmas's villages with the projections.</summary>
public sealed class LokminReport(PwsReport pws, TindakLanjutQuery tindakLanjut, SpmQuery spm, KaskadeQuery kaskade, AreaQuery area,
    PeriodeLayananTerakhir latest, PwsSettings settings, DataStamp stamp) : Report<LokminModel, (string Indikator, PwsDesa Desa)>
{
    public override string Name => "lokmin";

    protected override IReadOnlyList<ReportColumn<(string Indikator, PwsDesa Desa)>> RowColumns { get; } =
    [
        new("indikator", ColumnKind.Text, r => r.Indikator), new("kode_desa", ColumnKind.Text, r => r.Desa.KodeDesa),
        new("nama_desa", ColumnKind.Text, r => r.Desa.NamaDesa), new("sasaran", ColumnKind.Integer, r => r.Desa.Sasaran),
        new("kumulatif", ColumnKind.Integer, r => r.Desa.Kumulatif), new("cakupan_kumulatif", ColumnKind.Percent, r => r.Desa.CakupanKumulatif),
        new("target_kumulatif", ColumnKind.Percent, r => r.Desa.TargetKumulatif), new("status", ColumnKind.Text, r => r.Desa.Status?.ToString(), Width: 12),
        new("proyeksi_desember", ColumnKind.Percent, r => r.Desa.Proyeksi?.ProyeksiDesember),
        new("perlu_per_bulan", ColumnKind.Integer, r => r.Desa.Proyeksi?.PerluPerBulan),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["puskesmas", "periode"];

    public override bool WorkbookForPuskesmas => true;

    public override Periode? LatestPeriode() => latest.Read();

    public override LokminModel Read(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request);
        // Made per puskesmas: without one named, the first of the reader's area (a kepala puskesmas always has its own).
        var kode = r.Puskesmas ?? area.Puskesmas().Where(p => scope.Allows(p.Kode)).Select(p => p.Kode).FirstOrDefault()
            ?? throw new FormatException("puskesmas wajib diisi: bahan lokmin dibuat per puskesmas.");
        var info = area.Puskesmas().FirstOrDefault(p => p.Kode == kode) ?? throw FilterParser.NotOneOf("puskesmas", kode, area.Puskesmas().Select(p => p.Kode));
        var indikator = pws.SemuaIndikator(r.Periode, kode);
        var villages = indikator[0].Laporan.Desa.Select(d => d.KodeDesa).ToHashSet(StringComparer.Ordinal);
        return new LokminModel(r.Periode, kode, info.Nama, indikator, tindakLanjut.Run(r.Periode, kode, null),
            // Only the puskesmas's villages are read: in a province the others are 8,500.
            spm.Run(r.Periode.Tahun, r.Periode.Bulan, Tingkat.Desa, [.. spm.Areas(r.Periode.Tahun, Tingkat.Desa).Where(a => villages.Contains(a.Kode))]),
            kaskade.Run(r.Periode.Tahun, r.Periode.Bulan, Tingkat.Desa).Where(row => villages.Contains(row.KodeWilayah)).ToList());
    }

    protected override IEnumerable<(string Indikator, PwsDesa Desa)> Rows(LokminModel model) =>
        model.Pws.SelectMany(p => p.Laporan.Desa.Select(d => (p.Laporan.Indikator.Kode, d)));

    protected override void WriteWorkbook(LokminModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output)
    {
        using var workbook = new XLWorkbook();
        var pictures = new List<SheetPicture>();
        var judul = $"{model.NamaPuskesmas}, {model.Periode.Nama}";
        var cover = workbook.AddWorksheet("Sampul");
        PwsWorkbook.Add(workbook, pictures, model.Pws, model.NamaPuskesmas, stamp.Text(), settings.UciAmbang);
        LokminSheets.TindakLanjut(workbook.AddWorksheet("Tindak lanjut"), model.TindakLanjut, judul, stamp.Text());
        LokminSheets.Spm(workbook.AddWorksheet("SPM"), model.Spm, judul, stamp.Text());
        LokminSheets.Kaskade(workbook.AddWorksheet("Kaskade"), model.Kaskade, judul, stamp.Text());
        LokminSheets.Cover(cover, model, workbook.Worksheets.Skip(1).Select(s => s.Name).ToList(), stamp.Text());
        WorkbookFile.Save(workbook, output, pictures);
    }
}
