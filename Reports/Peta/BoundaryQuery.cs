using Dapper;
using Pws.Core.Area;
using Pws.Reports.Freshness;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Peta;

/// <summary>The served area's village boundaries, parsed once and kept until boundaries are loaded again: real
/// boundaries run to thousands of points per village.</summary>
[ReportService]
public sealed class BoundaryQuery(Dialect dialect, ServedArea servedArea, DataVersion data)
{
    public sealed record Boundaries(IReadOnlyDictionary<string, VillageShape> Shapes, bool Skematis)
    {
        public static readonly Boundaries None = new(new Dictionary<string, VillageShape>(), false);
    }

    private sealed record Row(string KodeDesa, string Geometri, bool Skematis);

    private readonly Lock loading = new();
    private ((long, DateTime?) Version, Boundaries Boundaries)? cached;

    public Boundaries Read()
    {
        var version = data.Read().Batas;
        lock (loading)
        {
            if (cached is { } known && known.Version == version) return known.Boundaries;
            using var connection = dialect.Open();
            var rows = connection.Query<Row>(dialect.Sql(typeof(BoundaryQuery).Assembly, "batas_desa"),
                new { kabupaten_prefix = servedArea.Kode + ".%" }).ToList();
            var boundaries = rows.Count == 0 ? Boundaries.None
                : new Boundaries(rows.ToDictionary(r => r.KodeDesa, r => VillageShape.Parse(r.KodeDesa, r.Geometri)), rows.Any(r => r.Skematis));
            cached = (version, boundaries);
            return boundaries;
        }
    }
}
