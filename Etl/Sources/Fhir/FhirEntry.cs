using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace Pws.Etl.Sources.Fhir;

/// <summary>A resource as read from a file or a server page, with what its bundle knows: its own
/// <c>fullUrl</c> and the Patients of the same bundle by <c>fullUrl</c>, so that <c>urn:uuid:</c>
/// references (transaction bundles as sent to SATUSEHAT) can be resolved.</summary>
/// <param name="Document">The inbox file the resource came from (relative to the inbox); null for a server.</param>
public sealed partial record FhirEntry(Resource Resource, string? FullUrl, IReadOnlyDictionary<string, string> PatientIdsByFullUrl,
    string? Document)
{
    /// <summary>The resource's id on a server: its <c>id</c>, else the id at the end of an absolute <c>fullUrl</c>.
    /// Null for a bundle entry waiting for its server id, known only by a <c>urn:uuid:</c>.</summary>
    public string? ServerId => ServerIdOf(Resource.TypeName, Resource.Id, FullUrl);

    /// <summary>The <c>urn:</c> fullUrl of a resource without a server id. Published transaction bundles reuse
    /// the same urns in other bundles for other visits, so a urn names a resource only within its bundle.</summary>
    public string? Urn => ServerId is null ? UrnOf(FullUrl) : null;

    /// <summary>How PWS keys a Patient (<see cref="PatientKeyOf"/>).</summary>
    public string? PatientKey => PatientKeyOf(Resource.Id, FullUrl, Document);

    /// <summary>A Patient's key: its server id, else its file and urn together (a urn alone is reused by
    /// other bundles for other people). Null when it has neither.</summary>
    public static string? PatientKeyOf(string? id, string? fullUrl, string? document) =>
        ServerIdOf("Patient", id, fullUrl)
        ?? (UrnOf(fullUrl) is { } urn && document is not null ? Digest("urn-berkas-", document, urn) : null);

    /// <summary>A short, stable id for something known by what it is made of: the parts are hashed, so the id
    /// fits the warehouse's id columns and holds nothing readable.</summary>
    public static string Digest(string prefix, params string[] parts) =>
        prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))))[..32];

    private static string? ServerIdOf(string type, string? id, string? fullUrl) =>
        !string.IsNullOrWhiteSpace(id) ? id : fullUrl is null ? null : IdAtEnd(fullUrl, type);

    private static string? UrnOf(string? fullUrl) =>
        fullUrl is not null && fullUrl.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) ? fullUrl : null;

    /// <summary>"Observation/abc", or "Observation/urn:uuid:..." for a bundle entry without a server id, or the
    /// type alone, for karantina messages.</summary>
    public string Label => (ServerId ?? Urn) is { } id ? $"{Resource.TypeName}/{id}" : Resource.TypeName;

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
