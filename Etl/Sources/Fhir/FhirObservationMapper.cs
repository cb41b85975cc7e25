using System.Globalization;
using Hl7.Fhir.Model;
using Pws.Etl.Validation;

namespace Pws.Etl.Sources.Fhir;

/// <summary>A screening Observation to its measurements. The status is looked at first and the code
/// second, so that a withdrawn or unrelated Observation is skipped even when it is also malformed.</summary>
public static class FhirObservationMapper
{
    private static readonly string[] UsableStatuses = ["final", "amended", "corrected"];

    public static FhirMapping Map(FhirEntry entry, Observation observation)
    {
        var status = FhirPrimitives.Text(observation.StatusElement);
        if (status is not null && !UsableStatuses.Contains(status, StringComparer.OrdinalIgnoreCase))
            return new FhirMapping.SkippedByStatus(entry.Label, status);

        var codes = LoincCodes(observation.Code);
        var panel = codes.FirstOrDefault(ScreeningCodes.BloodPressurePanels.Contains);
        var isPanel = panel is not null;
        Measure? single = codes.Select(c => ScreeningCodes.Measures.TryGetValue(c, out var m) ? m : (Measure?)null)
            .FirstOrDefault(m => m is not null);
        if (!isPanel && single is null) return new FhirMapping.NotAScreeningCode(entry.Label);

        var values = isPanel ? PanelValues(observation) : [(single!.Value, observation.Value)];
        // A panel that points at separate Observations (hasMember) has its values there, read on their own.
        if (isPanel && values.Count == 0 && observation.HasMember.Count > 0) return new FhirMapping.NotAScreeningCode(entry.Label);

        var problems = new List<string>();
        if (status is null) problems.Add("status Observation kosong");
        if (entry.ServerId is null && entry.Urn is null) problems.Add("Observation tanpa id");
        var patientId = PatientId(entry, observation, problems);
        var tanggal = Tanggal(observation, problems);
        if (isPanel && values.Count == 0)
            problems.Add($"panel tekanan darah {panel} tanpa komponen sistolik (8480-6) atau diastolik (8462-4)");
        if (values.GroupBy(v => v.Measure).FirstOrDefault(g => g.Count() > 1) is { } twice)
            problems.Add($"komponen {ScreeningCodes.Name(twice.Key)} lebih dari satu");
        var measured = values.Select(v => (v.Measure, Value: Value(v.Measure, v.Value, problems))).ToList();

        if (problems.Count > 0) return new FhirMapping.Rejected(new FhirProblem(entry.Label, string.Join("; ", problems)));
        var lastUpdated = FhirPrimitives.LastUpdated(observation);
        var id = entry.ServerId ?? RecordedKey(patientId!, codes, observation, measured);
        return new FhirMapping.MappedMeasurements(measured
            .Select(m => new FhirMeasurement(id, patientId!, tanggal!.Value, m.Measure, m.Value!.Value, lastUpdated))
            .ToList());
    }

    /// <summary>The key of an Observation without a server id: what it records (patient, code, time taken,
    /// values), never its urn, which published bundles reuse for other visits. The same reading sent again,
    /// in the same or another bundle, gets the same key and changes nothing.</summary>
    private static string RecordedKey(string patientId, List<string> codes, Observation observation,
        List<(Measure Measure, double? Value)> measured) =>
        FhirEntry.Digest("urn-isi-", patientId, string.Join(',', codes), FhirPrimitives.Text(observation.Effective) ?? "",
            string.Join(',', measured.OrderBy(m => m.Measure)
                .Select(m => $"{m.Measure}={m.Value!.Value.ToString(CultureInfo.InvariantCulture)}")));

    private static List<string> LoincCodes(CodeableConcept? code) =>
        (code?.Coding ?? [])
        .Where(c => string.Equals(c.System?.Trim().TrimEnd('/'), ScreeningCodes.Loinc, StringComparison.OrdinalIgnoreCase))
        .Select(c => c.Code?.Trim())
        .OfType<string>()
        .ToList();

    private static List<(Measure Measure, DataType? Value)> PanelValues(Observation observation) =>
        observation.Component
            .Select(c => (Measure: LoincCodes(c.Code).Select(Component).FirstOrDefault(m => m is not null), c.Value))
            .Where(c => c.Measure is not null)
            .Select(c => (c.Measure!.Value, c.Value))
            .ToList();

    private static Measure? Component(string code) =>
        ScreeningCodes.Measures.TryGetValue(code, out var m) && m is Measure.Sistolik or Measure.Diastolik ? m : null;

    private static string? PatientId(FhirEntry entry, Observation observation, List<string> problems)
    {
        var reference = observation.Subject?.Reference;
        var id = entry.PatientId(reference);
        if (id is null)
            problems.Add(string.IsNullOrWhiteSpace(reference)
                ? "subject kosong: Observation harus merujuk ke Patient"
                : $"subject '{FieldParsers.MaskNik(reference)}' bukan rujukan ke Patient");
        return id;
    }

    private static DateOnly? Tanggal(Observation observation, List<string> problems)
    {
        if (observation.Effective is null)
        {
            problems.Add("effectiveDateTime kosong");
            return null;
        }
        if (observation.Effective is not FhirDateTime)
        {
            problems.Add($"waktu pemeriksaan harus effectiveDateTime (tertulis {Choice("effective", observation.Effective)})");
            return null;
        }
        var text = FhirPrimitives.Text(observation.Effective) ?? "";
        var tanggal = FhirDates.JakartaDate(text);
        if (tanggal is null) problems.Add($"effectiveDateTime '{text}' bukan tanggal lengkap yang sah");
        return tanggal;
    }

    /// <summary>The JSON name of a choice element, e.g. valueString.</summary>
    private static string Choice(string element, DataType value) =>
        element + char.ToUpperInvariant(value.TypeName[0]) + value.TypeName[1..];

    /// <summary>The UCUM <c>code</c> decides the unit when present; <c>unit</c> is display text, read only
    /// when there is no code.</summary>
    private static double? Value(Measure measure, DataType? value, List<string> problems)
    {
        var name = ScreeningCodes.Name(measure);
        if (value is not Quantity quantity)
        {
            problems.Add(value is null
                ? $"nilai {name} kosong"
                : $"nilai {name} harus valueQuantity berupa angka (tertulis {Choice("value", value)})");
            return null;
        }
        if (quantity.ValueElement?.JsonValue is not decimal number)
        {
            problems.Add($"nilai {name} kosong atau bukan angka");
            return null;
        }
        var unit = FhirPrimitives.Text(quantity.CodeElement) ?? FhirPrimitives.Text(quantity.UnitElement);
        if (unit is null)
        {
            problems.Add($"satuan {name} kosong (harus {ScreeningCodes.Unit(measure)})");
            return null;
        }
        if (!ScreeningCodes.IsAcceptedUnit(measure, unit))
        {
            problems.Add($"satuan {name} '{unit}' tidak sesuai (harus {ScreeningCodes.Unit(measure)})");
            return null;
        }
        var (min, max) = ScreeningCodes.Range(measure);
        var result = (double)number;
        if (result < min || result > max)
        {
            problems.Add($"{name} {result.ToString(CultureInfo.InvariantCulture)} {unit} di luar rentang wajar {min}-{max}");
            return null;
        }
        return result;
    }
}
