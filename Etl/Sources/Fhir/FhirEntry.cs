using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace Pws.Etl.Sources.Fhir;

/// <summary>A resource as read from a file or a server page, with what its bundle knows: its own
/// <c>fullUrl</c> and the Patients of the same bundle by <c>fullUrl</c>, so that <c>urn:uuid:</c>
/// references (transaction bundles as sent to SATUSEHAT) can be resolved.</summary>
public sealed partial record FhirEntry(Resource Resource, string? FullUrl, IReadOnlyDictionary<string, string> PatientIdsByFullUrl)
{
    /// <summary>The resource's <c>id</c>; without one (a bundle entry waiting for its server id), the id at
    /// the end of an absolute <c>fullUrl</c>, else the <c>urn:uuid:</c> itself.</summary>
    public string? LogicalId => LogicalIdOf(Resource.TypeName, Resource.Id, FullUrl);

    /// <summary>The same rule, for a resource not yet deserialized.</summary>
    public static string? LogicalIdOf(string type, string? id, string? fullUrl) =>
        !string.IsNullOrWhiteSpace(id) ? id
        : fullUrl is null ? null
        : IdAtEnd(fullUrl, type) ?? (fullUrl.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) ? fullUrl : null);

    /// <summary>"Observation/abc", or the type alone, for quarantine messages.</summary>
    public string Label => LogicalId is { } id ? $"{Resource.TypeName}/{id}" : Resource.TypeName;

    /// <summary>The Patient id a reference points at: <c>Patient/{id}</c>, an absolute URL ending so (with
    /// or without <c>/_history/n</c>), or a <c>fullUrl</c> of a Patient in the same bundle. Null otherwise.</summary>
    public string? PatientId(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        reference = reference.Trim();
        if (PatientIdsByFullUrl.TryGetValue(reference, out var id)) return id;
        return IdAtEnd(reference, "Patient");
    }

    private static string? IdAtEnd(string reference, string type)
    {
        var m = TypedId().Match(reference);
        return m.Success && m.Groups["type"].Value == type ? m.Groups["id"].Value : null;
    }

    // FHIR ids are [A-Za-z0-9\-\.]{1,64}.
    [GeneratedRegex(@"(?:^|/)(?<type>[A-Za-z]+)/(?<id>[A-Za-z0-9\-\.]{1,64})(?:/_history/[^/]+)?$")]
    private static partial Regex TypedId();
}
