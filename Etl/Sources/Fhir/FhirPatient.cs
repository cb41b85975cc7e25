namespace Pws.Etl.Sources.Fhir;

/// <summary>A Patient as PWS needs it. <paramref name="Nik"/> is null when absent or masked: the caller
/// then keys the person by <c>kode_puskesmas|Id</c>, as <c>no_rm</c> is in files.</summary>
/// <param name="JenisKelamin">"L", "P", or null when the gender is absent, other or unknown.</param>
/// <param name="KodeDesa">Dotted village code (33.29.01.2001); the caller checks it against the area master.</param>
public sealed record FhirPatient(
    string Id,
    string? Nik,
    DateOnly? BirthDate,
    string? JenisKelamin,
    string? KodeDesa,
    DateTimeOffset? LastUpdated);
