using Dapper;
using Pws.Core.Catalog;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Spm;

/// <summary>The 12 SPM services per area, year to date: terlayani are people served (rule of first
/// service), capaian = terlayani / sasaran, kekurangan = people still to serve.</summary>
[ReportService]
public sealed class SpmQuery(Dialect dialect, IndicatorCatalog catalog, AreaRollups rollups)
{
    private sealed record AreaSum(string KodeWilayah, string KodeSpm, long DesaBersasaran, long? Sasaran, long? Terlayani, long? TerlayaniAgregat, long? Kekurangan);

    public IReadOnlyList<SpmRow> Run(int tahun, int sampaiBulan, Tingkat tingkat)
    {
        var services = catalog.Kelompok("SPM").ToList();
        var areas = rollups.For(tahun).Areas(tingkat).ToList();
        // A province holds 8,500 villages: the database sums them per area, so a request reads one row per
        // area and service instead of every village's.
        var sums = Sums(tahun, sampaiBulan, tingkat, areas, services.Select(s => s.Kode).ToList())
            .ToDictionary(s => (s.KodeWilayah, s.KodeSpm));

        return areas.SelectMany(area => services.Select(service =>
        {
            var sum = sums.GetValueOrDefault((area.Kode, service.Kode));
            int? sasaran = sum is { DesaBersasaran: > 0 } ? (int)sum.Sasaran!.Value : null;
            int? kekurangan = sasaran is null ? null : (int)sum!.Kekurangan!.Value;
            var terlayani = (int)(sum?.Terlayani ?? 0);
            return new SpmRow(area.Kode, area.Nama, service.Kode, service.Nama, sasaran, terlayani,
                sasaran is > 0 ? terlayani * 100.0 / sasaran.Value : null, kekurangan)
            {
                TerlayaniAgregat = (int)(sum?.TerlayaniAgregat ?? 0),
            };
        })).ToList();
    }

    private IEnumerable<AreaSum> Sums(int tahun, int bulan, Tingkat tingkat, IReadOnlyList<AreaRollup.Area> areas, IReadOnlyList<string> kodeSpm)
    {
        if (areas.Count == 0) return [];
        using var connection = dialect.Open();
        if (tingkat == Tingkat.Puskesmas)
            return connection.Query<AreaSum>(dialect.Sql(typeof(SpmQuery).Assembly, "spm_per_puskesmas"),
                new { tahun, bulan, kode_spm = kodeSpm }).ToList();
        // Every other level's code is the first characters of its villages' codes (33.29.01.2001 → 33.29.01).
        return connection.Query<AreaSum>(dialect.Sql(typeof(SpmQuery).Assembly, "spm_per_wilayah"),
            new { tahun, bulan, kode_spm = kodeSpm, panjang_kode = areas[0].Kode.Length }).ToList();
    }
}
