using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using Pws.Etl.Validation;

namespace Pws.Etl.Sources.Fhir;

/// <summary>Maps one read resource to what PWS keeps of it. Pure: no I/O, no master data; the caller checks
/// village codes against the area master and keys screenings by (puskesmas, patient id, date).</summary>
public static class FhirResourceMapper
{
    public static FhirMapping Map(FhirEntry entry)
    {
        try
        {
            return entry.Resource switch
            {
                Patient patient => FhirPatientMapper.Map(entry, patient),
                Observation observation => FhirObservationMapper.Map(entry, observation),
                _ => new FhirMapping.OtherResourceType(entry.Label),
            };
        }
        catch (CodedException e)
        {
            // Recoverable parsing lets a value of the wrong shape through; reading it then throws.
            return new FhirMapping.Rejected(new FhirProblem(entry.Label, $"isi resource tidak sah: {FieldParsers.MaskNik(e.Message)}"));
        }
    }
}
