using Pws.Reports.Wilayah;

namespace Pws.Reports.Peta;

/// <summary>The names a map carries: on a small map (a kepala puskesmas's own area) each village's name, on a
/// kabupaten's map each kecamatan's name in the middle of its villages, so a reader finds the group of squares
/// (schematic) or the patch of villages (real boundaries) the name belongs to. None where so many would cover the map
/// (a province's kecamatan).</summary>
public static class MapLabels
{
    public const int MostLabels = 40;

    public sealed record Label(string Nama, double X, double Y);

    public static IReadOnlyList<Label> For(IReadOnlyList<PetaModel.Desa> drawn, IReadOnlyDictionary<string, VillageShape> shapes,
        MapProjection projection, AreaRollup rollup)
    {
        if (drawn.Count <= MostLabels)
            return drawn.Select(v => Middle(v.NamaDesa, [v.KodeDesa], shapes, projection)).ToList();
        var kecamatan = rollup.Villages.ToDictionary(v => v.KodeDesa, v => v.NamaKecamatan, StringComparer.Ordinal);
        var groups = drawn.Select(v => v.KodeDesa).Where(kecamatan.ContainsKey).GroupBy(v => kecamatan[v]).ToList();
        if (groups.Count > MostLabels) return [];
        return groups.Select(group => Middle(group.Key, group, shapes, projection)).OrderBy(l => l.Nama, StringComparer.Ordinal).ToList();
    }

    private static Label Middle(string nama, IEnumerable<string> villages, IReadOnlyDictionary<string, VillageShape> shapes, MapProjection projection)
    {
        var points = villages.SelectMany(v => shapes[v].Rings).SelectMany(r => r).Select(projection.Project).ToList();
        return new Label(nama, (points.Min(p => p.X) + points.Max(p => p.X)) / 2, (points.Min(p => p.Y) + points.Max(p => p.Y)) / 2);
    }
}
