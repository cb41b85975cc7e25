namespace Pws.Etl.Sources.Fhir;

/// <summary>One screening value from an Observation. A blood pressure panel gives two measurements with
/// the same <paramref name="ObservationId"/>, so (ObservationId, Measure) is the unique key.</summary>
/// <param name="Tanggal">The screening date in Asia/Jakarta.</param>
public sealed record FhirMeasurement(
    string ObservationId,
    string PatientId,
    DateOnly Tanggal,
    Measure Measure,
    double Value,
    DateTimeOffset? LastUpdated);
