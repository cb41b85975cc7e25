using System.Text.Json;

namespace Pws.Etl.BatasDesa;

/// <summary>A GeoJSON FeatureCollection of village boundaries, as BIG and BPS shapefiles convert to (ogr2ogr, QGIS,
/// mapshaper). The village code is read from a property the user names, or from the first of the usual names.</summary>
public static class BatasDesaFile
{
    /// <summary>Property names that carry the Kemendagri village code in the files Dinas Kesehatan usually get.</summary>
    public static readonly IReadOnlyList<string> UsualCodeProperties =
        ["kode_desa", "KODE_DESA", "kd_desa", "KD_DESA", "kode_kemendagri", "KODE_KEMENDAGRI", "kdepum", "KDEPUM", "kode", "KODE", "id_desa", "ID_DESA"];

    public static IReadOnlyList<BatasDesaFeature> Read(Stream geojson, string name, string? codeProperty)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geojson, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new BatasDesaFileException($"{name}: bukan JSON yang sah (baris {e.LineNumber + 1}): {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                throw new BatasDesaFileException($"{name}: bukan GeoJSON FeatureCollection (tidak ada larik \"features\").");
            var list = features.EnumerateArray().ToList();
            var property = codeProperty ?? Guess(list, name);
            return list.Select((feature, i) => Feature(feature, i + 1, property, name)).ToList();
        }
    }

    private static string Guess(IReadOnlyList<JsonElement> features, string name)
    {
        var present = features.Take(1).SelectMany(f => f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
            ? p.EnumerateObject().Select(x => x.Name) : []).ToList();
        return UsualCodeProperties.FirstOrDefault(present.Contains)
               ?? throw new BatasDesaFileException($"{name}: kolom kode desa tidak ditemukan. Sebutkan dengan --kolom-kode; kolom yang ada: " +
                                                  $"{(present.Count == 0 ? "(tidak ada)" : string.Join(", ", present))}.");
    }

    private static BatasDesaFeature Feature(JsonElement feature, int nomor, string property, string name)
    {
        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out var type) || type.GetString() is not ("Polygon" or "MultiPolygon"))
            throw new BatasDesaFileException($"{name}: fitur ke-{nomor} tidak memiliki geometri Polygon atau MultiPolygon.");
        string? kode = feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                       && properties.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
        return new BatasDesaFeature(nomor, string.IsNullOrWhiteSpace(kode) ? null : kode.Trim(), geometry.GetRawText());
    }
}

public sealed class BatasDesaFileException(string message) : Exception(message);
