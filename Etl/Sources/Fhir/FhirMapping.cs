namespace Pws.Etl.Sources.Fhir;

/// <summary>What became of one resource. Only <see cref="Rejected"/> goes to karantina; the skipped
/// kinds are counted in the import summary, because SATUSEHAT feeds carry many resources PWS does not use.</summary>
public abstract record FhirMapping
{
    private FhirMapping() { }

    public sealed record MappedPatient(FhirPatient Patient) : FhirMapping;

    /// <summary>One measurement, or two for a blood pressure panel.</summary>
    public sealed record MappedMeasurements(IReadOnlyList<FhirMeasurement> Measurements) : FhirMapping;

    /// <summary>An Observation whose status is not final, amended or corrected (preliminary, entered-in-error...).</summary>
    public sealed record SkippedByStatus(string ResourceId, string Status) : FhirMapping;

    /// <summary>An Observation with none of the screening LOINC codes (body weight, temperature...).</summary>
    public sealed record NotAScreeningCode(string ResourceId) : FhirMapping;

    /// <summary>A resource of a type PWS does not read (Encounter, Organization, Condition...).</summary>
    public sealed record OtherResourceType(string ResourceId) : FhirMapping;

    public sealed record Rejected(FhirProblem Problem) : FhirMapping;
}
