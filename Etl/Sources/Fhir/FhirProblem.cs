namespace Pws.Etl.Sources.Fhir;

/// <summary>Why a resource goes to karantina.</summary>
/// <param name="ResourceId">"Observation/abc", "Patient/p1", the type alone when the resource has no id, or
/// "baris 3" for an NDJSON line that is no JSON at all.</param>
/// <param name="Alasan">The reason, in Bahasa Indonesia.</param>
public sealed record FhirProblem(string ResourceId, string Alasan);
