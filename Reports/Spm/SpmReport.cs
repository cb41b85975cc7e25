using Pws.Core.Catalog;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;
using Pws.Reports.Marts;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Spm;

/// <summary>The 12 SPM services per area, year to date, at a level (desa, kecamatan, puskesmas, kabupaten),
/// or drilled into one kecamatan's puskesmas or one puskesmas' villages (filter <c>induk</c>).</summary>
public sealed class SpmReport(SpmQuery query, PeriodeLayananTerakhir latest, IndicatorCatalog catalog, AreaQuery area, AreaRollups rollups, DataStamp stamp)
    : Report<SpmModel, SpmRow>
{
    public override string Name => "spm";

    protected override IReadOnlyList<ReportColumn<SpmRow>> RowColumns { get; } =
    [
        new("kode_wilayah", ColumnKind.Text, r => r.KodeWilayah), new("nama_wilayah", ColumnKind.Text, r => r.NamaWilayah),
        new("kode_spm", ColumnKind.Text, r => r.KodeSpm), new("sasaran", ColumnKind.Integer, r => r.Sasaran),
        new("terlayani", ColumnKind.Integer, r => r.Terlayani), new("capaian", ColumnKind.Percent, r => r.Capaian),
        new("kekurangan", ColumnKind.Integer, r => r.Kekurangan), new("porsi_agregat", ColumnKind.Percent, r => r.PorsiAgregat),
    ];

    public override IReadOnlyList<string> RequiredFilters => ["tahun", "tingkat"];

    public override IReadOnlyList<string> OptionalFilters => ["sampai-bulan"];

    public override Periode? LatestPeriode() => latest.Read();

    public override SpmModel Read(ReportRequest request, AreaScope scope)
    {
        var r = scope.Restrict(request);
        var (areas, indukNama) = Areas(r, scope);
        return new SpmModel(r.Tahun, r.SampaiBulan, r.Tingkat, query.Run(r.Tahun, r.SampaiBulan, r.Tingkat, areas), indukNama, scope.PilihanTingkat);
    }

    /// <summary>A page reads only its areas: rows go area by area, a row per service.</summary>
    protected override (IReadOnlyList<SpmRow> Rows, int Total)? ReadPage(ReportRequest request, AreaScope scope, RowRange range)
    {
        var r = scope.Restrict(request);
        var (areas, _) = Areas(r, scope);
        var layanan = query.Layanan;
        if (layanan == 0 || areas.Count == 0) return ([], 0);
        var first = (int)Math.Min(areas.Count, (long)range.Skip / layanan);
        var end = (int)Math.Min(areas.Count, ((long)range.Skip + range.Take + layanan - 1) / layanan);
        var rows = first == end ? [] : query.Run(r.Tahun, r.SampaiBulan, r.Tingkat, [.. areas.Skip(first).Take(end - first)]);
        return ([.. rows.Skip(range.Skip - first * layanan).Take(range.Take)], areas.Count * layanan);
    }

    /// <summary>The areas the request reads, within the reader's area: every area of the level, or, drilled into
    /// (<c>induk</c>), those inside one area of the level above, with that area's name.</summary>
    private (IReadOnlyList<AreaRollup.Area> Areas, string? IndukNama) Areas(ReportRequest r, AreaScope scope)
    {
        var allowed = query.Areas(r.Tahun, r.Tingkat).Where(a => scope.Allows(a.Kode));
        if (r.Induk is not { } induk) return ([.. allowed], null);

        var rollup = rollups.For(r.Tahun);
        var above = scope.Above(r.Tingkat);
        Func<string, bool> inside = r.Tingkat switch
        {
            Tingkat.Puskesmas => area.Puskesmas().Where(p => p.KodeKecamatan == induk).Select(p => p.Kode).ToHashSet().Contains,
            Tingkat.Desa => (rollup.Areas(Tingkat.Puskesmas).FirstOrDefault(a => a.Kode == induk)?.Desa.ToHashSet() ?? []).Contains,
            _ => kode => kode.StartsWith(induk + ".", StringComparison.Ordinal),
        };
        var parent = rollup.Areas(above).FirstOrDefault(a => a.Kode == induk)?.Nama ?? induk;
        return ([.. allowed.Where(a => inside(a.Kode))], above == Tingkat.Kecamatan ? $"kecamatan {parent}" : parent);
    }

    protected override IEnumerable<SpmRow> Rows(SpmModel model) => model.Rows;

    protected override void WriteWorkbook(SpmModel model, ReportTable table, ReportRequest request, AreaScope scope, Stream output)
    {
        // A level's query reads the whole served area: a bound analyst's Kabupaten sheet would list every
        // kabupaten/kota of the province, its Desa sheet every village.
        var levels = model.PilihanTingkat
            .Select(level => (level, level == model.Tingkat && model.IndukNama is null ? model.Rows
                : (IReadOnlyList<SpmRow>)query.Run(model.Tahun, model.SampaiBulan, level).Where(row => scope.Allows(row.KodeWilayah)).ToList()))
            .ToList();
        SpmWorkbook.Write(output, table, model.Tingkat, levels, catalog.Kelompok("SPM").ToList(),
            $"Tahun {model.Tahun}, Januari s.d. {Indonesian.MonthName(model.SampaiBulan)}", stamp.Text());
    }
}
