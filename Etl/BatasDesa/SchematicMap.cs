using System.Globalization;
using Dapper;
using Pws.Core.Area;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.BatasDesa;

/// <summary>The demo's map: no village boundaries are licensed to us, so the demo draws a schematic one, a square
/// cell per village, the villages of a kecamatan together in a block, blocks in rows. It is stored as boundaries
/// marked schematic, which the map says in words, and real boundaries replace it.</summary>
public sealed class SchematicMap(Dialect dialect, ServedArea servedArea, BatasDesaImport batasDesa)
{
    private const double Cell = 0.01;
    private const double Gap = 0.015;

    /// <returns>The number of villages drawn, or 0 when the warehouse already has boundaries.</returns>
    public int EnsureDrawn()
    {
        using var connection = dialect.Open();
        if (connection.ExecuteScalar<long>(dialect.Sql(typeof(SchematicMap).Assembly, "batas_jumlah")) > 0) return 0;
        var villages = connection.Query<(string KodeDesa, string KodeKecamatan)>(dialect.Sql(typeof(SchematicMap).Assembly, "desa_wilayah"),
            new { kabupaten_prefix = servedArea.Kode + ".%" }).ToList();
        if (villages.Count == 0) return 0;

        var kecamatan = villages.GroupBy(v => v.KodeKecamatan).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var blocksPerRow = (int)Math.Ceiling(Math.Sqrt(kecamatan.Count));
        var cellsPerSide = (int)Math.Ceiling(Math.Sqrt(kecamatan.Max(g => g.Count())));
        var block = cellsPerSide * Cell + Gap;
        var cells = kecamatan.SelectMany((group, b) => group.OrderBy(v => v.KodeDesa, StringComparer.Ordinal).Select((village, i) =>
        {
            // Rows run north to south: latitude falls as the row number grows.
            var left = b % blocksPerRow * block + i % cellsPerSide * Cell;
            var top = -(b / blocksPerRow * block + i / cellsPerSide * Cell);
            return (village.KodeDesa, Square(left, top));
        })).ToList();

        using var transaction = connection.BeginTransaction();
        batasDesa.Save(connection, transaction, cells, skematis: true, "peta skematis demo");
        transaction.Commit();
        return cells.Count;
    }

    private static string Square(double left, double top)
    {
        string P(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"[{x:0.#####},{y:0.#####}]");
        var (right, bottom) = (left + Cell * 0.92, top - Cell * 0.92);
        return $"{{\"type\":\"Polygon\",\"coordinates\":[[{P(left, top)},{P(right, top)},{P(right, bottom)},{P(left, bottom)},{P(left, top)}]]}}";
    }
}
