namespace Pws.Etl.Sources.Fhir;

/// <summary>Why a resource goes to quarantine.</summary>
/// <param name="ResourceId">"Observation/abc", "Patient/p1", or the type alone when the resource has no id.</param>
/// <param name="Alasan">The reason, in Bahasa Indonesia.</param>
public sealed record FhirProblem(string ResourceId, string Alasan);
