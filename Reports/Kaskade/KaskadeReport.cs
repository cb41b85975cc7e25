using ClosedXML.Excel;
using Pws.Core.Settings;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;
using Pws.Reports.Marts;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Kaskade;

/// <summary>The screening-to-care cascade (Klaster 3) per area, January to a month: screened, flagged, followed up
/// within 30 days, under control.</summary>
public sealed class KaskadeReport(KaskadeQuery query, PeriodeLayananTerakhir latest, DataStamp stamp) : Report<KaskadeModel, KaskadeRow>
{
    public override string Name => "kaskade";

    protected override IReadOnlyList<ReportColumn<KaskadeRow>> RowColumns { get; } =
    [
        new("kode_wilayah", ColumnKind.Text, r => r.KodeWilayah), new("nama_wilayah", ColumnKind.Text, r => r.NamaWilayah),
        new("diskrining", ColumnKind.Integer, r => r.Counts.Diskrining),
        new("tensi_tinggi", ColumnKind.Integer, r => r.Counts.TensiTinggi),
        new("tensi_ditindaklanjuti", ColumnKind.Integer, r => r.Counts.TensiDitindaklanjuti),
        new("tensi_terkendali", ColumnKind.Integer, r => r.Counts.TensiTerkendali),
        new("gula_tinggi", ColumnKind.Integer, r => r.Counts.GulaTinggi),
        new("gula_ditindaklanjuti", ColumnKind.Integer, r => r.Counts.GulaDitindaklanjuti),
        new("gula_terkendali", ColumnKind.Integer, r => r.Counts.GulaTerkendali),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["tahun", "tingkat"];

    public override IReadOnlyList<string> OptionalFilters => ["sampai-bulan"];

    public override Periode? LatestPeriode() => latest.Read();

    public override KaskadeModel Read(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request);
        return new KaskadeModel(r.Tahun, r.SampaiBulan, r.Tingkat,
            query.Run(r.Tahun, r.SampaiBulan, r.Tingkat).Where(row => scope.Allows(row.KodeWilayah)).ToList());
    }

    protected override IEnumerable<KaskadeRow> Rows(KaskadeModel model) => model.Rows;

    protected override void WriteWorkbook(KaskadeModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output)
    {
        using var workbook = new XLWorkbook();
        var bodies = new SheetBodies();
        SheetTable.Write(workbook.AddWorksheet("Kaskade"), "Kaskade skrining ke pelayanan",
            $"Tahun {model.Tahun}, Januari s.d. {Indonesian.MonthName(model.SampaiBulan)}, tingkat {TingkatLabel.Label(model.Tingkat).ToLowerInvariant()}. " +
            $"Ditindaklanjuti: pelayanan hipertensi/DM di puskesmas mana pun dalam {ScreeningCutPoints.JendelaTindakLanjutHari} hari sejak skrining dengan temuan; " +
            "terkendali: skrining berikutnya dengan semua hasil di bawah ambang.", stamp.Text(), table, bodies);
        WorkbookFile.Save(workbook, output, bodies: bodies);
    }
}
