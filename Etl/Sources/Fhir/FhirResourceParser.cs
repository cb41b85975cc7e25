using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Pws.Etl.Validation;

namespace Pws.Etl.Sources.Fhir;

/// <summary>Turns one JSON document into resources: a Bundle (of any type) gives its entries' resources,
/// anything else is one resource. Each entry is deserialized on its own so that one bad entry is
/// quarantined alone instead of taking the whole bundle with it.</summary>
public static class FhirResourceParser
{
    // Recoverable keeps whatever it cannot place (unknown elements, a value of the wrong type) in the
    // resource's overflow instead of failing: real payloads carry local elements, and the mapper decides
    // for the few fields PWS reads.
    private static readonly FhirJsonDeserializer Deserializer =
        new(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable));

    private static readonly IReadOnlyDictionary<string, string> NoBundle = new Dictionary<string, string>();

    /// <param name="document">The inbox file the text came from (relative to the inbox), null for a server:
    /// a Patient known only by a <c>urn:uuid:</c> is keyed by file and urn together.</param>
    /// <exception cref="JsonException">The text is no JSON object with a <c>resourceType</c>.</exception>
    public static IReadOnlyList<FhirItem> Parse(string json, int? line, string? document)
    {
        using var parsed = JsonDocument.Parse(json);
        return Parse(parsed.RootElement, line, document);
    }

    /// <exception cref="JsonException">The element is no JSON object with a <c>resourceType</c>.</exception>
    public static IReadOnlyList<FhirItem> Parse(JsonElement root, int? line, string? document)
    {
        var type = ResourceType(root) ?? throw new JsonException("bukan objek JSON dengan resourceType");
        if (type != "Bundle") return [Deserialize(root, null, line, NoBundle, "", document)];
        if (!root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array) return [];

        var resources = new List<(JsonElement Resource, string? FullUrl, int Position)>();
        var position = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            position++;
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("resource", out var resource))
                resources.Add((resource, FullUrl(entry), position));
        }
        var patients = new Dictionary<string, string>();
        foreach (var (resource, fullUrl, _) in resources)
            if (fullUrl is not null && ResourceType(resource) == "Patient" && FhirEntry.PatientKeyOf(Id(resource), fullUrl, document) is { } id)
                patients.TryAdd(fullUrl, id);
        return resources.Select(r => Deserialize(r.Resource, r.FullUrl, line, patients, $"entry ke-{r.Position}: ", document)).ToList();
    }

    private static FhirItem Deserialize(JsonElement element, string? fullUrl, int? line,
        IReadOnlyDictionary<string, string> patients, string position, string? document)
    {
        var type = ResourceType(element);
        var label = type is null ? "(tanpa resourceType)" : Id(element) is { } id ? $"{type}/{id}" : type;
        if (type is null)
            return FhirItem.Unreadable(line, new FhirProblem(label, position + "resource tanpa resourceType"));
        try
        {
            var resource = Deserializer.DeserializeResource(element.GetRawText());
            if (resource is DynamicResource)
                return FhirItem.Unreadable(line, new FhirProblem(label, $"{position}resourceType '{type}' tidak dikenal di FHIR R4"));
            // Recoverable parsing defers shape errors to the first read of a property. What every later step
            // reads of any resource is read here, so that only the mappers meet such errors.
            _ = (resource.Id, resource.Meta?.LastUpdatedElement, resource.Meta?.VersionIdElement);
            return FhirItem.Read(line, new FhirEntry(resource, fullUrl, patients, document));
        }
        catch (Exception e) when (e is DeserializationFailedException or CodedException or JsonException or InvalidOperationException)
        {
            return FhirItem.Unreadable(line,
                new FhirProblem(label, $"{position}bukan resource FHIR R4 yang sah: {FieldParsers.MaskNik(e.Message)}"));
        }
    }

    private static string? ResourceType(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("resourceType", out var type)
            && type.ValueKind == JsonValueKind.String && type.GetString() is { Length: > 0 } text ? text : null;

    private static string? Id(JsonElement element) =>
        element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static string? FullUrl(JsonElement entry) =>
        entry.TryGetProperty("fullUrl", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
}
