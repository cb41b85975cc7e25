using Dapper;
using Pws.Core.Catalog;
using Pws.Reports.Freshness;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Spm;

/// <summary>The 12 SPM services per area, year to date: terlayani are people served (rule of first
/// service), capaian = terlayani / sasaran, kekurangan = people still to serve.</summary>
[ReportService]
public sealed class SpmQuery(Dialect dialect, IndicatorCatalog catalog, AreaRollups rollups, DataVersion data)
{
    /// <summary>Every area of a level above the village, summed, kept until the next run: a province's SPM per kecamatan
    /// or puskesmas read 6,900 mart rows on every request. A level's areas are some thousand at most, its villages are not
    /// kept: a page of them reads its own.</summary>
    private readonly KeptUntilNextRun<(int Tahun, int Bulan, Tingkat Tingkat), IReadOnlyDictionary<(string, string), AreaSum>> levels = new(data);

    private sealed record AreaSum(string KodeWilayah, string KodeSpm, long DesaBersasaran, long? Sasaran, long? Terlayani, long? TerlayaniAgregat, long? Kekurangan);

    /// <summary>How many services each area has a row for.</summary>
    public int Layanan => catalog.Kelompok("SPM").Count();

    /// <summary>The areas of a level, in the report's order.</summary>
    public IReadOnlyList<AreaRollup.Area> Areas(int tahun, Tingkat tingkat) => rollups.For(tahun).Areas(tingkat);

    public IReadOnlyList<SpmRow> Run(int tahun, int sampaiBulan, Tingkat tingkat) => Run(tahun, sampaiBulan, tingkat, Areas(tahun, tingkat));

    /// <summary>A row per area of <paramref name="areas"/> and service, area by area. Only the range of their codes is
    /// summed: a page of a province's villages reads a few hundred mart rows instead of 102,756.</summary>
    public IReadOnlyList<SpmRow> Run(int tahun, int sampaiBulan, Tingkat tingkat, IReadOnlyList<AreaRollup.Area> areas)
    {
        var services = catalog.Kelompok("SPM").ToList();
        // A province holds 8,500 villages: the marts hold them summed per area, so a request reads one row per
        // area and service instead of every village's.
        var kodeSpm = services.Select(s => s.Kode).ToList();
        var sums = tingkat == Tingkat.Desa
            ? PerDesa(tahun, sampaiBulan, areas, kodeSpm)
            : levels.Get((tahun, sampaiBulan, tingkat), key => PerWilayah(key.Tahun, key.Bulan, key.Tingkat, kodeSpm));

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

    private Dictionary<(string, string), AreaSum> PerDesa(int tahun, int bulan, IReadOnlyList<AreaRollup.Area> areas, IReadOnlyList<string> kodeSpm)
    {
        if (areas.Count == 0) return [];
        var dari = areas.Select(a => a.Kode).Min(StringComparer.Ordinal);
        var sampai = areas.Select(a => a.Kode).Max(StringComparer.Ordinal);
        using var connection = dialect.Open();
        return connection.Query<AreaSum>(dialect.Sql(typeof(SpmQuery).Assembly, "spm_per_desa"), new { tahun, bulan, kode_spm = kodeSpm, dari, sampai })
            .ToDictionary(s => (s.KodeWilayah, s.KodeSpm));
    }

    private Dictionary<(string, string), AreaSum> PerWilayah(int tahun, int bulan, Tingkat tingkat, IReadOnlyList<string> kodeSpm)
    {
        var kode = Areas(tahun, tingkat).Select(a => a.Kode).ToList();
        if (kode.Count == 0) return [];
        using var connection = dialect.Open();
        return connection.Query<AreaSum>(dialect.Sql(typeof(SpmQuery).Assembly, "spm_per_wilayah"), new
        {
            tahun, bulan, kode_spm = kodeSpm, tingkat = tingkat.ToString().ToUpperInvariant(),
            dari = kode.Min(StringComparer.Ordinal), sampai = kode.Max(StringComparer.Ordinal),
        }).ToDictionary(s => (s.KodeWilayah, s.KodeSpm));
    }
}
