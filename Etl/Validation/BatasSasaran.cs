using System.Data.Common;
using Dapper;
using Pws.Core.Catalog;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Validation;

/// <summary>The largest count a village can plausibly report in a month: its sasaran times 1.5. A count above it is a
/// typing error (an extra digit, a kabupaten total in a village's row), not people. Where a service counts against
/// several sasaran (ANC_K6: K6 and SPM01, both IBU_HAMIL) the largest is the ceiling; without a known sasaran a count
/// cannot be checked and passes.</summary>
public sealed class BatasSasaran
{
    public const double Faktor = 1.5;

    private readonly Dictionary<(int Tahun, string KodeDesa, string Jenis), int> sasaran;
    private readonly Dictionary<string, IReadOnlyList<string>> jenisPerLayanan;

    private BatasSasaran(Dictionary<(int, string, string), int> sasaran, IndicatorCatalog catalog)
    {
        this.sasaran = sasaran;
        jenisPerLayanan = catalog.Indikator
            .SelectMany(i => i.Layanan.Select(l => (Layanan: l, i.Sasaran)))
            .GroupBy(x => x.Layanan, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Sasaran).Distinct().ToList(), StringComparer.Ordinal);
    }

    /// <summary>Where no sasaran is at hand (trying a file without a warehouse): nothing is held against one.</summary>
    public static BatasSasaran Empty(IndicatorCatalog catalog) => new([], catalog);

    public static BatasSasaran Load(Dialect dialect, DbConnection connection, IndicatorCatalog catalog, string area) =>
        new(connection.Query<(int Tahun, string KodeDesa, string JenisSasaran, int Jumlah)>(
                dialect.Sql(typeof(BatasSasaran).Assembly, "sasaran_wilayah"), new { prefix = area + ".%" })
            .ToDictionary(s => (s.Tahun, s.KodeDesa, s.JenisSasaran), s => s.Jumlah), catalog);

    /// <summary>The sasaran a service's count is held against, with its type; null when none is known.</summary>
    public (string Jenis, int Sasaran)? ForLayanan(int tahun, string kodeDesa, string layanan) =>
        Largest(tahun, kodeDesa, jenisPerLayanan.GetValueOrDefault(layanan) ?? []);

    /// <summary>A screening recap is held against the village's population.</summary>
    public (string Jenis, int Sasaran)? ForSkrining(int tahun, string kodeDesa) => Largest(tahun, kodeDesa, ["PENDUDUK"]);

    private (string, int)? Largest(int tahun, string kodeDesa, IReadOnlyList<string> jenis)
    {
        (string, int)? largest = null;
        foreach (var j in jenis)
            if (sasaran.TryGetValue((tahun, kodeDesa, j), out var jumlah) && (largest is null || jumlah > largest.Value.Item2))
                largest = (j, jumlah);
        return largest;
    }
}
