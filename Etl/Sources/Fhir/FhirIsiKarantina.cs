using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pws.Etl.Sources.Fhir;

/// <summary>What of a rejected resource the karantina shows: the elements the contract reads, copied from an
/// allow-list, so that names, phone numbers, street addresses, contacts, photos and whatever a puskesmas adds
/// next never reach it. NIK values are masked by the caller.</summary>
public static class FhirIsiKarantina
{
    /// <summary>An allowed element: a primitive value when <paramref name="Properties"/> is null, else an
    /// object (or each object of an array) with those properties, kept only when <paramref name="Where"/> holds.</summary>
    private sealed record Shape(IReadOnlyDictionary<string, Shape>? Properties, Func<JsonObject, bool>? Where = null);

    private static readonly Shape Value = new(null);

    private static Shape Object(params (string Name, Shape Shape)[] properties) =>
        new(properties.ToDictionary(p => p.Name, p => p.Shape, StringComparer.Ordinal));

    private static Shape Object(Func<JsonObject, bool> where, params (string Name, Shape Shape)[] properties) =>
        Object(properties) with { Where = where };

    private static readonly string[] AreaParts = ["province", "city", "district", "village"];

    private static readonly Shape Coded = Object(("coding", Object(("system", Value), ("code", Value), ("display", Value))));

    private static readonly Shape Quantity = Object(("value", Value), ("unit", Value), ("system", Value), ("code", Value));

    private static readonly Shape Reference = Object(("reference", Value));

    /// <summary>The address's administrativeCode extension (any capitalisation) and its area codes, no street,
    /// RT or RW.</summary>
    private static readonly Shape AdministrativeCode = Object(
        e => Url(e)?.TrimEnd('/').EndsWith("/administrativeCode", StringComparison.OrdinalIgnoreCase) == true,
        ("url", Value),
        ("extension", Object(e => AreaParts.Contains(Url(e)), ("url", Value), ("valueCode", Value), ("valueString", Value))));

    private static readonly Shape Resource = Object(
        ("resourceType", Value), ("id", Value), ("meta", Object(("lastUpdated", Value))),
        ("identifier", Object(("system", Value), ("value", Value))),
        ("birthDate", Value), ("gender", Value),
        ("address", Object(("extension", AdministrativeCode))),
        ("status", Value), ("code", Coded),
        ("valueQuantity", Quantity), ("component", Object(("code", Coded), ("valueQuantity", Quantity))),
        ("effectiveDateTime", Value), ("effectiveInstant", Value), ("effectivePeriod", Object(("start", Value), ("end", Value))),
        ("subject", Reference), ("patient", Reference));

    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="resourceJson">The resource as FHIR JSON.</param>
    public static string Keep(string resourceJson) =>
        (Copy(JsonNode.Parse(resourceJson), Resource) ?? new JsonObject()).ToJsonString(Output);

    private static JsonNode? Copy(JsonNode? node, Shape shape) => node switch
    {
        JsonArray array => Kept(array.Select(item => Copy(item, shape)).OfType<JsonNode>()),
        JsonObject source when shape.Properties is { } properties && (shape.Where?.Invoke(source) ?? true) =>
            Kept(source, properties),
        JsonValue value when shape.Properties is null => value.DeepClone(),
        _ => null,
    };

    private static JsonArray? Kept(IEnumerable<JsonNode> items)
    {
        var array = new JsonArray(items.ToArray());
        return array.Count > 0 ? array : null;
    }

    private static JsonObject? Kept(JsonObject source, IReadOnlyDictionary<string, Shape> properties)
    {
        var copy = new JsonObject();
        foreach (var (name, value) in source)
            if (properties.TryGetValue(name, out var shape) && Copy(value, shape) is { } kept) copy[name] = kept;
        return copy.Count > 0 ? copy : null;
    }

    private static string? Url(JsonObject element) =>
        element["url"] is JsonValue url && url.TryGetValue<string>(out var text) ? text : null;
}
