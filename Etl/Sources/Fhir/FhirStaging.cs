using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Pws.Etl.Import;
using Pws.Etl.Validation;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Sources.Fhir;

/// <summary>Takes what a FHIR file or server pull yields for one puskesmas into staging: patients
/// pseudonymized and checked against the area master, measurements checked for their date, cancelled
/// observations noted for removal, unmappable resources to the karantina with their id.</summary>
public sealed class FhirStaging(RowContext context, IBulkWriter patients, IBulkWriter observations, IBulkWriter cancelled,
    Karantina karantina, SourceSummary summary)
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private const int RawLimit = 4000;
    private long sequence;

    /// <param name="sumber">The file's path relative to the inbox, or for a server the resource's URL.</param>
    public void Add(FhirItem item, string sumber)
    {
        summary.RowsRead++;
        summary.FhirResources++;
        if (item.Problem is { } unreadable)
        {
            karantina.Resource(sumber, item.Line, unreadable.ResourceId, unreadable.Alasan, null);
            return;
        }
        var entry = item.Entry!;
        switch (FhirResourceMapper.Map(entry))
        {
            case FhirMapping.MappedPatient(var patient):
                Patient(patient, entry, item.Line, sumber);
                break;
            case FhirMapping.MappedMeasurements(var measurements):
                var bad = measurements.FirstOrDefault(m => m.Tanggal > context.Today || m.Tanggal < Earliest);
                if (bad is not null)
                {
                    Reject(sumber, item.Line, entry, $"tanggal pemeriksaan {bad.Tanggal:yyyy-MM-dd} ada di masa depan atau sebelum tahun 2000");
                    Withdraw(entry);
                    break;
                }
                foreach (var m in measurements)
                    observations.Add(++sequence, context.KodePuskesmas, m.ObservationId, m.Measure.ToString().ToUpperInvariant(),
                        m.PatientId, m.Tanggal, m.Value, sumber);
                summary.RowsLoaded++;
                break;
            case FhirMapping.SkippedByStatus:
                // Without a server id there is no earlier version to withdraw: a urn is another bundle's too.
                if (entry.ServerId is { } id) cancelled.Add(context.KodePuskesmas, id);
                summary.SkippedByStatus++;
                break;
            case FhirMapping.NotAScreeningCode or FhirMapping.OtherResourceType:
                summary.SkippedOtherCode++;
                break;
            case FhirMapping.Rejected(var problem):
                karantina.Resource(sumber, item.Line, problem.ResourceId, problem.Alasan, Raw(entry));
                Withdraw(entry);
                break;
        }
    }

    /// <summary>An observation whose new version is rejected no longer counts with its old value either. One
    /// without a server id has no earlier version: its urn may be another visit's in another bundle.</summary>
    private void Withdraw(FhirEntry entry)
    {
        if (entry.Resource.TypeName == "Observation" && entry.ServerId is { } id) cancelled.Add(context.KodePuskesmas, id);
    }

    private void Patient(FhirPatient patient, FhirEntry entry, int? line, string sumber)
    {
        var kodeDesa = patient.KodeDesa is { } written ? context.KodeDesaBerlaku(written) : null;
        string? reason =
            patient.BirthDate is null ? "tanggal lahir pasien tidak ada atau tidak lengkap (wajib untuk skrining)"
            : patient.BirthDate > context.Today ? $"tanggal lahir {patient.BirthDate:yyyy-MM-dd} ada di masa depan"
            : patient.KodeDesa is null ? "alamat pasien tanpa kode desa (extension administrativeCode, village)"
            : null;
        if (reason is not null)
        {
            Reject(sumber, line, entry, reason);
            return;
        }
        if (kodeDesa is null)
        {
            var problem = context.KodeDesaTidakDikenal("kode desa", patient.KodeDesa!, patient.KodeDesa!);
            karantina.Resource(sumber, line, entry.Label, problem.Alasan, Raw(entry), ("desa", "administrativeCode", patient.KodeDesa!));
            return;
        }
        var person = patient.Nik is { } nik
            ? context.Pseudonymizer.ForNik(nik)
            : context.Pseudonymizer.ForMedicalRecord(context.KodePuskesmas, patient.Id);
        patients.Add(++sequence, context.KodePuskesmas, patient.Id, person, patient.JenisKelamin, patient.BirthDate!.Value,
            kodeDesa!, context.IsLuarWilayah(kodeDesa!), sumber);
        summary.RowsLoaded++;
    }

    private void Reject(string sumber, int? line, FhirEntry entry, string reason) =>
        karantina.Resource(sumber, line, entry.Label, reason, Raw(entry));

    /// <summary>The elements of the resource PWS reads (<see cref="FhirIsiKarantina"/>) as JSON for the
    /// karantina, cut to a readable length: the values of NIK identifiers are masked whatever their shape,
    /// and any other NIK too.</summary>
    private static string? Raw(FhirEntry entry)
    {
        try
        {
            var resource = (Resource)entry.Resource.DeepCopy();
            if (resource is Hl7.Fhir.Model.Patient patient)
                foreach (var identifier in patient.Identifier.Where(i => FhirPatientMapper.IsNikSystem(i.System)))
                    if (FhirPrimitives.Text(identifier.ValueElement) is { } value) identifier.Value = FieldParsers.MaskDigits(value);
            var json = FieldParsers.MaskNik(FhirIsiKarantina.Keep(resource.ToJson()));
            return json.Length <= RawLimit ? json : json[..RawLimit] + "...";
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
