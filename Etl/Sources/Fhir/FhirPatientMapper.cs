using Hl7.Fhir.Model;
using Pws.Etl.Validation;

namespace Pws.Etl.Sources.Fhir;

/// <summary>A SATUSEHAT-style Patient to a <see cref="FhirPatient"/>, or the reasons it cannot be one.</summary>
public static class FhirPatientMapper
{
    public const string NikSystem = "https://fhir.kemkes.go.id/id/nik";
    public const string AdministrativeCodeUrl = "https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode";

    /// <summary>The patient's own NIK, or the mother's (<c>nik-ibu</c>): both are NIKs to hide.</summary>
    public static bool IsNikSystem(string? system) =>
        system?.Trim().TrimEnd('/') is { } s
        && (s.Equals(NikSystem, StringComparison.OrdinalIgnoreCase) || s.Equals(NikSystem + "-ibu", StringComparison.OrdinalIgnoreCase));

    public static FhirMapping Map(FhirEntry entry, Patient patient)
    {
        if (entry.PatientKey is not { } id)
            return new FhirMapping.Rejected(new FhirProblem(entry.Label, "Patient tanpa id"));
        var problems = new List<string>();
        var nik = Nik(patient, problems);
        var birthDate = BirthDate(patient, problems);
        var kodeDesa = KodeDesa(patient, problems);
        if (problems.Count > 0) return new FhirMapping.Rejected(new FhirProblem(entry.Label, string.Join("; ", problems)));
        return new FhirMapping.MappedPatient(new FhirPatient(id, nik, birthDate, JenisKelamin(patient), kodeDesa,
            FhirPrimitives.LastUpdated(patient)));
    }

    /// <summary>Only the NIK system counts: ihs-number, nik-ibu, paspor, kk and medical record numbers
    /// are other identifiers. A present NIK that is not 16 digits rejects the patient, since keying them
    /// by medical record instead would silently split one person in two.</summary>
    private static string? Nik(Patient patient, List<string> problems)
    {
        var niks = new HashSet<string>();
        foreach (var identifier in patient.Identifier)
        {
            if (!string.Equals(identifier.System?.Trim().TrimEnd('/'), NikSystem, StringComparison.OrdinalIgnoreCase)) continue;
            if (FhirPrimitives.Text(identifier.ValueElement) is not { } text || IsMasked(text)) continue;
            var nik = FieldParsers.NormalizeNik(text);
            if (!FieldParsers.IsNik(nik))
            {
                problems.Add($"NIK harus 16 digit angka (tertulis {nik.Length} karakter)");
                return null;
            }
            niks.Add(nik);
        }
        if (niks.Count > 1) problems.Add("Patient memiliki lebih dari satu NIK yang berbeda");
        return niks.Count == 1 ? niks.First() : null;
    }

    /// <summary>SATUSEHAT returns NIKs masked as <c>################</c> to those not allowed to see them.</summary>
    private static bool IsMasked(string text) => text.All(c => c is '#' or '*');

    private static DateOnly? BirthDate(Patient patient, List<string> problems)
    {
        if (FhirPrimitives.Text(patient.BirthDateElement) is not { } text) return null;
        var (valid, date) = FhirDates.BirthDate(text);
        if (!valid) problems.Add($"birthDate '{text}' bukan tanggal yang sah");
        return date;
    }

    private static string? JenisKelamin(Patient patient) =>
        FhirPrimitives.Text(patient.GenderElement)?.ToLowerInvariant() switch
        {
            "male" => "L",
            "female" => "P",
            _ => null,
        };

    /// <summary>The village of the first address that has an <c>administrativeCode</c> extension (written
    /// <c>administrativeCode</c> or <c>AdministrativeCode</c> in real payloads), composed from its parts.</summary>
    private static string? KodeDesa(Patient patient, List<string> problems)
    {
        var extension = patient.Address
            .SelectMany(a => a.Extension)
            .FirstOrDefault(e => string.Equals(e.Url?.Trim(), AdministrativeCodeUrl, StringComparison.OrdinalIgnoreCase));
        if (extension is null) return null;
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in extension.Extension)
            if (part.Url?.Trim() is { Length: > 0 } name && FhirPrimitives.Text(part.Value) is { } value)
                parts.TryAdd(name, value);
        var (kode, problem) = AdministrativeCode.Compose(parts);
        if (problem is not null) problems.Add(problem);
        return kode;
    }
}
