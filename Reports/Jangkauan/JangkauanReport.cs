using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;
using Pws.Reports.Marts;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Jangkauan;

/// <summary>Outreach: per area, how many people were served and where (in the building, outside it, at a posyandu,
/// by the mobile puskesmas, at home), year to date and month by month, for every service and per ILP cluster.</summary>
public sealed class JangkauanReport(JangkauanQuery query, PeriodeLayananTerakhir latest, DataStamp stamp) : Report<JangkauanModel>
{
    public override string Name => "jangkauan";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("kode_wilayah"), new("nama_wilayah"), new("klaster", ColumnKind.Integer), new("bulan", ColumnKind.Integer),
        new("dilayani", ColumnKind.Integer), new("dalam_gedung", ColumnKind.Integer), new("luar_gedung", ColumnKind.Integer),
        new("posyandu", ColumnKind.Integer), new("pusling", ColumnKind.Integer), new("homecare", ColumnKind.Integer),
        new("tempat_tidak_dicatat", ColumnKind.Integer), new("persen_luar_gedung", ColumnKind.Percent),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["tahun", "tingkat"];

    public override IReadOnlyList<string> OptionalFilters => ["sampai-bulan", "kabkota"];

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

    /// <summary>Empty klaster: every service; empty bulan: January to the last month together.</summary>
    protected override IEnumerable<IReadOnlyList<object?>> Rows(JangkauanModel model) => model.Rows.Select(r => (IReadOnlyList<object?>)
    [
        r.KodeWilayah, r.NamaWilayah, r.Klaster, r.Bulan, r.Counts.Dilayani, r.Counts.DalamGedung, r.Counts.LuarGedung, r.Counts.Posyandu,
        r.Counts.Pusling, r.Counts.Homecare, r.Counts.TidakDicatat, r.Counts.PersenLuarGedung,
    ]);

    protected override void WriteWorkbook(JangkauanModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output)
    {
        var description = $"Tahun {model.Tahun}, Januari s.d. {Indonesian.MonthName(model.SampaiBulan)}, tingkat {TingkatLabel.Label(model.Tingkat).ToLowerInvariant()}";
        using var workbook = new XLWorkbook();
        SheetTable.Write(workbook.AddWorksheet("Jangkauan"), "Jangkauan layanan menurut tempat", description +
            ". Klaster kosong: semua layanan; bulan kosong: Januari s.d. bulan terakhir. Persen luar gedung = orang yang pernah dilayani " +
            "di luar gedung / orang yang tempat layanannya tercatat.", stamp.Text(), table);
        var tahunan = new ReportTable(Columns, Rows(model with { Rows = [.. model.Tahunan()] }).ToList());
        SheetTable.Write(workbook.AddWorksheet("Tahun berjalan"), "Jangkauan tahun berjalan, semua layanan", description, stamp.Text(), tahunan);
        WorkbookFile.Save(workbook, output);
    }
}
