namespace Pws.Etl.Sources.Fhir;

/// <summary>One thing read from a FHIR file or server page: a resource, or the problem of a part that
/// could not be read (a broken NDJSON line, a bundle entry that is no FHIR resource).</summary>
/// <param name="Line">The 1-based line of an NDJSON file; null for a .json file or a server page.</param>
public sealed record FhirItem(int? Line, FhirEntry? Entry, FhirProblem? Problem)
{
    public static FhirItem Read(int? line, FhirEntry entry) => new(line, entry, null);

    public static FhirItem Unreadable(int? line, FhirProblem problem) => new(line, null, problem);
}
