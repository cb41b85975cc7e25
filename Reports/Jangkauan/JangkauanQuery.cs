using Dapper;
using Pws.Core.Catalog;
using Pws.Reports.Freshness;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Jangkauan;

/// <summary>How services reached people, by setting (DALAM_GEDUNG, LUAR_GEDUNG, POSYANDU, PUSLING, HOMECARE), per area,
/// month and ILP cluster. A service belongs to the cluster of the indicators it counts for (the lowest, where several).
/// Counting people means reading the year's visits (3 s for a kabupaten at real volume), so each answer is kept until
/// the next successful import run.</summary>
[ReportService]
public sealed class JangkauanQuery(Dialect dialect, IndicatorCatalog catalog, AreaRollups rollups, DataVersion data)
{
    private readonly KeptUntilNextRun<(int Tahun, int SampaiBulan, Tingkat Tingkat, bool PerKlaster), IReadOnlyList<JangkauanRow>> answers = new(data);

    private sealed record AreaCounts(string KodeWilayah, int? Bulan, long Dilayani, long DalamGedung, long LuarGedung, long Posyandu,
        long Pusling, long Homecare, long TidakDicatat, long DiLuarGedung, long TempatTercatat);

    /// <summary>Each cluster and its services.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Klaster { get; } = catalog.Indikator
        .SelectMany(i => i.Layanan.Select(layanan => (Layanan: layanan, i.Klaster)))
        .GroupBy(x => x.Layanan, x => x.Klaster)
        .GroupBy(g => g.Min(), g => g.Key)
        .OrderBy(g => g.Key)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList());

    /// <param name="perKlaster">Also each cluster apart (one more pass over the visits per cluster); else every service together.</param>
    public IReadOnlyList<JangkauanRow> Run(int tahun, int sampaiBulan, Tingkat tingkat, bool perKlaster = true) =>
        answers.Get((tahun, sampaiBulan, tingkat, perKlaster), key => Count(key.Tahun, key.SampaiBulan, key.Tingkat, key.PerKlaster));

    private IReadOnlyList<JangkauanRow> Count(int tahun, int sampaiBulan, Tingkat tingkat, bool perKlaster)
    {
        var areas = rollups.For(tahun).Areas(tingkat).ToList();
        if (areas.Count == 0) return [];
        var groups = new List<(int? Klaster, IReadOnlyList<string> Layanan)> { (null, [.. Klaster.Values.SelectMany(l => l)]) };
        if (perKlaster) groups.AddRange(Klaster.Select(k => ((int?)k.Key, k.Value)));

        using var connection = dialect.Open();
        var counts = groups.SelectMany(group => connection.Query<AreaCounts>(dialect.Sql(typeof(JangkauanQuery).Assembly, "jangkauan"), new
            {
                per_puskesmas = tingkat == Tingkat.Puskesmas ? 1 : 0,
                // Every other level's code is the first characters of its villages' codes (33.29.01.2001 → 33.29.01).
                panjang_kode = areas[0].Kode.Length,
                awal = new DateTime(tahun, 1, 1),
                akhir = new DateTime(tahun, sampaiBulan, 1).AddMonths(1).AddDays(-1),
                layanan = group.Layanan,
            }).Select(c => (group.Klaster, c)))
            .ToDictionary(x => (x.c.KodeWilayah, x.Klaster, x.c.Bulan), x => x.c);

        var months = new int?[] { null }.Concat(Enumerable.Range(1, sampaiBulan).Select(m => (int?)m)).ToList();
        return areas.SelectMany(area => groups.SelectMany(group => months.Select(bulan =>
        {
            var c = counts.GetValueOrDefault((area.Kode, group.Klaster, bulan));
            return new JangkauanRow(area.Kode, area.Nama, group.Klaster, bulan, c is null ? JangkauanCounts.None
                : new JangkauanCounts(c.Dilayani, c.DalamGedung, c.LuarGedung, c.Posyandu, c.Pusling, c.Homecare, c.TidakDicatat,
                    c.DiLuarGedung, c.TempatTercatat));
        }))).ToList();
    }
}
