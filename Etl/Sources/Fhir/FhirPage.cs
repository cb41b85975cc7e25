namespace Pws.Etl.Sources.Fhir;

/// <summary>What one server answer holds: its resources and, for a search, the next page's link.</summary>
internal sealed record FhirPage(IReadOnlyList<FhirItem> Items, Uri? Next);
