using Dapper;
using Pws.Core.Catalog;
using Pws.Reports.Freshness;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Jangkauan;

/// <summary>How services reached people, by setting (DALAM_GEDUNG, LUAR_GEDUNG, POSYANDU, PUSLING, HOMECARE), per area,
/// month and ILP cluster. A service belongs to the cluster of the indicators it counts for (the lowest, where several).
/// People are counted once per import, in the outreach mart (Etl/Marts/bangun_mart_jangkauan.sql); a province's village
/// level is still close to a million mart rows, so each answer is kept until the next successful import run.</summary>
[ReportService]
public sealed class JangkauanQuery(Dialect dialect, IndicatorCatalog catalog, AreaRollups rollups, DataVersion data)
{
    private readonly KeptUntilNextRun<(int Tahun, int SampaiBulan, Tingkat Tingkat, bool PerKlaster), IReadOnlyList<JangkauanRow>> answers = new(data);

    private sealed record AreaCounts(string KodeWilayah, int Klaster, int? Bulan, long Dilayani, long DalamGedung, long LuarGedung, long Posyandu,
        long Pusling, long Homecare, long TidakDicatat, long DiLuarGedung, long TempatTercatat);

    /// <summary>Each cluster and its services.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Klaster { get; } = catalog.Indikator
        .SelectMany(i => i.Layanan.Select(layanan => (Layanan: layanan, i.Klaster)))
        .GroupBy(x => x.Layanan, x => x.Klaster)
        .GroupBy(g => g.Min(), g => g.Key)
        .OrderBy(g => g.Key)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Order(StringComparer.Ordinal).ToList());

    /// <param name="perKlaster">Also each cluster apart; else every service together.</param>
    public IReadOnlyList<JangkauanRow> Run(int tahun, int sampaiBulan, Tingkat tingkat, bool perKlaster = true) =>
        answers.Get((tahun, sampaiBulan, tingkat, perKlaster), key => Count(key.Tahun, key.SampaiBulan, key.Tingkat, key.PerKlaster));

    private IReadOnlyList<JangkauanRow> Count(int tahun, int sampaiBulan, Tingkat tingkat, bool perKlaster)
    {
        var areas = rollups.For(tahun).Areas(tingkat);
        if (areas.Count == 0) return [];
        var groups = new List<int?> { null };
        if (perKlaster) groups.AddRange(Klaster.Keys.Select(k => (int?)k));

        using var connection = dialect.Open();
        var counts = connection.Query<AreaCounts>(dialect.Sql(typeof(JangkauanQuery).Assembly, "jangkauan_wilayah"), new
            {
                tahun, tingkat = tingkat.ToString().ToUpperInvariant(), sampai_bulan = sampaiBulan, per_klaster = perKlaster ? 1 : 0,
            })
            .ToDictionary(c => (c.KodeWilayah, Klaster: c.Klaster == 0 ? (int?)null : c.Klaster, c.Bulan));

        var months = new int?[] { null }.Concat(Enumerable.Range(1, sampaiBulan).Select(m => (int?)m)).ToList();
        return areas.SelectMany(area => groups.SelectMany(klaster => months.Select(bulan =>
        {
            var c = counts.GetValueOrDefault((area.Kode, klaster, bulan));
            return new JangkauanRow(area.Kode, area.Nama, klaster, bulan, c is null ? JangkauanCounts.None
                : new JangkauanCounts(c.Dilayani, c.DalamGedung, c.LuarGedung, c.Posyandu, c.Pusling, c.Homecare, c.TidakDicatat,
                    c.DiLuarGedung, c.TempatTercatat));
        }))).ToList();
    }
}
