using Dapper;
using Pws.Core.Area;
using Pws.Reports.Freshness;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Peta;

/// <summary>The served area's village boundaries, parsed once and kept until boundaries are loaded again: real
/// boundaries run to thousands of points per village.</summary>
[ReportService]
public sealed class BatasDesaQuery(Dialect dialect, ServedArea servedArea, DataVersion data)
{
    public sealed record BatasDesa(IReadOnlyDictionary<string, VillageShape> Shapes, bool Skematis)
    {
        public static readonly BatasDesa None = new(new Dictionary<string, VillageShape>(), false);
    }

    private sealed record Row(string KodeDesa, string Geometri, bool Skematis);

    private readonly Lock loading = new();
    private ((long, DateTime?) Version, BatasDesa BatasDesa)? cached;

    public BatasDesa Read()
    {
        var version = data.Read().Batas;
        lock (loading)
        {
            if (cached is { } known && known.Version == version) return known.BatasDesa;
            using var connection = dialect.Open();
            var rows = connection.Query<Row>(dialect.Sql(typeof(BatasDesaQuery).Assembly, "batas_desa"),
                new { kabupaten_prefix = servedArea.Kode + ".%" }).ToList();
            var batasDesa = rows.Count == 0 ? BatasDesa.None
                : new BatasDesa(rows.ToDictionary(r => r.KodeDesa, r => VillageShape.Parse(r.KodeDesa, r.Geometri)), rows.Any(r => r.Skematis));
            cached = (version, batasDesa);
            return batasDesa;
        }
    }
}
