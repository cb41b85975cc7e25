using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;
using Pws.Reports.Marts;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Jangkauan;

/// <summary>Outreach: per area, how many people were served and where (in the building, outside it, at a posyandu,
/// by the mobile puskesmas, at home), year to date and month by month, for every service and per ILP cluster.</summary>
public sealed class JangkauanReport(JangkauanQuery query, PeriodeLayananTerakhir latest, DataStamp stamp) : Report<JangkauanModel, JangkauanRow>
{
    public override string Name => "jangkauan";

    /// <summary>Empty klaster: every service; empty bulan: January to the last month together.</summary>
    protected override IReadOnlyList<ReportColumn<JangkauanRow>> RowColumns { get; } =
    [
        new("kode_wilayah", ColumnKind.Text, r => r.KodeWilayah), new("nama_wilayah", ColumnKind.Text, r => r.NamaWilayah),
        new("klaster", ColumnKind.Integer, r => r.Klaster), new("bulan", ColumnKind.Integer, r => r.Bulan),
        new("dilayani", ColumnKind.Integer, r => r.Counts.Dilayani), new("dalam_gedung", ColumnKind.Integer, r => r.Counts.DalamGedung),
        new("luar_gedung", ColumnKind.Integer, r => r.Counts.LuarGedung), new("posyandu", ColumnKind.Integer, r => r.Counts.Posyandu),
        new("pusling", ColumnKind.Integer, r => r.Counts.Pusling), new("homecare", ColumnKind.Integer, r => r.Counts.Homecare),
        new("tempat_tidak_dicatat", ColumnKind.Integer, r => r.Counts.TidakDicatat),
        new("persen_luar_gedung", ColumnKind.Percent, r => r.Counts.PersenLuarGedung),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["tahun", "tingkat"];

    public override IReadOnlyList<string> OptionalFilters => ["sampai-bulan"];

    public override bool WorkbookForPuskesmas => true;

    public override Periode? LatestPeriode() => latest.Read();

    public override JangkauanModel Read(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request);
        var rows = query.Run(r.Tahun, r.SampaiBulan, r.Tingkat).Where(row => scope.Allows(row.KodeWilayah)).ToList();
        return new JangkauanModel(r.Tahun, r.SampaiBulan, r.Tingkat, [.. query.Klaster.Keys], rows, scope.PilihanTingkat);
    }

    /// <summary>Every service together, January to the request's month, for the reader's whole area (the summary's figure).</summary>
    public JangkauanCounts Total(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request with { Tingkat = scope.PilihanTingkat[0] });
        return query.Run(r.Tahun, r.SampaiBulan, r.Tingkat, perKlaster: false)
            .FirstOrDefault(row => row.Bulan is null && scope.Allows(row.KodeWilayah))?.Counts ?? JangkauanCounts.None;
    }

    protected override IEnumerable<JangkauanRow> Rows(JangkauanModel model) => model.Rows;

    protected override void WriteWorkbook(JangkauanModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output)
    {
        var description = $"Tahun {model.Tahun}, Januari s.d. {Indonesian.MonthName(model.SampaiBulan)}, tingkat {TingkatLabel.Label(model.Tingkat).ToLowerInvariant()}";
        using var workbook = new XLWorkbook();
        var bodies = new SheetBodies();
        SheetTable.Write(workbook.AddWorksheet("Jangkauan"), "Jangkauan layanan menurut tempat", description +
            ". Klaster kosong: semua layanan; bulan kosong: Januari s.d. bulan terakhir. Persen luar gedung = orang yang pernah dilayani " +
            "di luar gedung / orang yang tempat layanannya tercatat.", stamp.Text(), table, bodies);
        var tahunan = Table(model.Tahunan());
        SheetTable.Write(workbook.AddWorksheet("Tahun berjalan"), "Jangkauan tahun berjalan, semua layanan", description, stamp.Text(), tahunan, bodies);
        WorkbookFile.Save(workbook, output, bodies: bodies);
    }
}
