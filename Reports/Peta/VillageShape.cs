using System.Text.Json;

namespace Pws.Reports.Peta;

/// <summary>A village's boundary as rings of (longitude, latitude) points: the outer ring and holes of each polygon
/// of a GeoJSON Polygon or MultiPolygon.</summary>
public sealed record VillageShape(string KodeDesa, IReadOnlyList<(double X, double Y)[]> Rings)
{
    public static VillageShape Parse(string kodeDesa, string geometry)
    {
        using var document = JsonDocument.Parse(geometry);
        var root = document.RootElement;
        var coordinates = root.GetProperty("coordinates");
        var polygons = root.GetProperty("type").GetString() == "MultiPolygon" ? coordinates.EnumerateArray().ToList() : [coordinates];
        var rings = polygons.SelectMany(polygon => polygon.EnumerateArray())
            .Select(ring => ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray())
            .Where(ring => ring.Length >= 3)
            .ToList();
        return new VillageShape(kodeDesa, rings);
    }
}
