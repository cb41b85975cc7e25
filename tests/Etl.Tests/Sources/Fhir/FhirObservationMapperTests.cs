using Pws.Etl.Sources.Fhir;

namespace Pws.Etl.Tests.Sources.Fhir;

public sealed class FhirObservationMapperTests
{
    private static readonly DateTimeOffset Updated = new DateTimeOffset(2026, 3, 2, 9, 12, 41, 517, TimeSpan.FromHours(7));
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static List<FhirMapping> MapAll(string json) =>
        FhirResourceParser.Parse(json, null, "P1/fhir/uji.json").Select(i => FhirResourceMapper.Map(i.Entry!)).ToList();

    private static FhirMapping Map(string json) => MapAll(json).Single();

    private static IReadOnlyList<FhirMeasurement> Measurements(string json) =>
        ((FhirMapping.MappedMeasurements)Map(json)).Measurements;

    private static FhirMapping Rejected(string id, string alasan) =>
        new FhirMapping.Rejected(new FhirProblem(id, alasan));

    [Test]
    public void Systolic_and_diastolic_as_separate_observations_become_two_measurements()
    {
        var mappings = MapAll(SatuSehat.Bundle(
            SatuSehat.Patient(),
            SatuSehat.Observation(id: "obs-sys-1", loinc: "8480-6", value: "135"),
            SatuSehat.Observation(id: "obs-dia-1", loinc: "8462-4", value: "85")));

        Assert.That(mappings.OfType<FhirMapping.MappedMeasurements>().SelectMany(m => m.Measurements), Is.EqualTo(new[]
        {
            new FhirMeasurement("obs-sys-1", "P02478375538", Day, Measure.Sistolik, 135, Updated),
            new FhirMeasurement("obs-dia-1", "P02478375538", Day, Measure.Diastolik, 85, Updated),
        }));
    }

    [TestCase("85354-9")]
    [TestCase("55284-4")]
    public void A_blood_pressure_panel_yields_its_systolic_and_diastolic_components(string loinc)
    {
        Assert.That(Measurements(SatuSehat.Panel(loinc: loinc)), Is.EqualTo(new[]
        {
            new FhirMeasurement("obs-bp-1", "P02478375538", Day, Measure.Sistolik, 142, Updated),
            new FhirMeasurement("obs-bp-1", "P02478375538", Day, Measure.Diastolik, 91, Updated),
        }));
    }

    [Test]
    public void A_panel_with_one_component_out_of_range_is_rejected_whole()
    {
        Assert.That(Map(SatuSehat.Panel(diastolic: "250")),
            Is.EqualTo(Rejected("Observation/obs-bp-1", "diastolik 250 mm[Hg] di luar rentang wajar 30-200")));
    }

    [Test]
    public void A_panel_whose_values_are_in_member_observations_is_not_itself_a_screening()
    {
        var json = """
            { "resourceType": "Observation", "id": "bp-panel", "status": "final",
              "code": { "coding": [{ "system": "http://loinc.org", "code": "85354-9" }] },
              "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2026-03-02",
              "hasMember": [{ "reference": "Observation/obs-sys-1" }, { "reference": "Observation/obs-dia-1" }] }
            """;

        Assert.That(Map(json), Is.EqualTo(new FhirMapping.NotAScreeningCode("Observation/bp-panel")));
    }

    [Test]
    public void A_panel_without_systolic_or_diastolic_components_is_rejected()
    {
        var json = """
            { "resourceType": "Observation", "id": "bp-2", "status": "final",
              "code": { "coding": [{ "system": "http://loinc.org", "code": "85354-9" }] },
              "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2026-03-02",
              "component": [{ "code": { "coding": [{ "system": "http://loinc.org", "code": "8478-0" }] },
                              "valueQuantity": { "value": 105, "code": "mm[Hg]" } }] }
            """;

        Assert.That(Map(json), Is.EqualTo(Rejected("Observation/bp-2",
            "panel tekanan darah 85354-9 tanpa komponen sistolik (8480-6) atau diastolik (8462-4)")));
    }

    [Test]
    public void A_panel_with_two_systolic_components_is_rejected()
    {
        var json = SatuSehat.Panel().Replace("8462-4", "8480-6");

        Assert.That(Map(json), Is.EqualTo(Rejected("Observation/obs-bp-1", "komponen sistolik lebih dari satu")));
    }

    [Test]
    public void A_screening_observation_without_status_is_rejected()
    {
        var json = SatuSehat.Observation(id: "o1").Replace("\"status\": \"final\",", "");

        Assert.That(Map(json), Is.EqualTo(Rejected("Observation/o1", "status Observation kosong")));
    }

    [TestCase("8480-6", "mm[Hg]", Measure.Sistolik)]
    [TestCase("8480-6", "mmHg", Measure.Sistolik)]
    [TestCase("8462-4", "MM[HG]", Measure.Diastolik)]
    [TestCase("2339-0", "mg/dL", Measure.GulaDarahSewaktu)]
    [TestCase("41653-7", "MG/DL", Measure.GulaDarahSewaktu)]
    [TestCase("2345-7", "mg/dl", Measure.GulaDarahSewaktu)]
    [TestCase("2093-3", "Mg/dL", Measure.KolesterolTotal)]
    public void Each_screening_code_is_read_in_its_unit_in_any_letter_case(string loinc, string unit, Measure measure)
    {
        Assert.That(Measurements(SatuSehat.Observation(id: "o1", loinc: loinc, value: "120.5", unit: unit)),
            Is.EqualTo(new[] { new FhirMeasurement("o1", "P02478375538", Day, measure, 120.5, Updated) }));
    }

    [Test]
    public void The_display_unit_is_read_when_there_is_no_UCUM_code()
    {
        var json = """
            { "resourceType": "Observation", "id": "gds-1", "status": "final",
              "code": { "coding": [{ "system": "http://loinc.org", "code": "2339-0" }] },
              "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2026-03-02",
              "valueQuantity": { "value": 187, "unit": "MG/DL" } }
            """;

        Assert.That(Measurements(json), Is.EqualTo(new[]
            { new FhirMeasurement("gds-1", "p1", Day, Measure.GulaDarahSewaktu, 187, null) }));
    }

    [Test]
    public void Glucose_in_mmol_per_litre_is_rejected()
    {
        Assert.That(Map(SatuSehat.Observation(id: "gds-2", loinc: "2339-0", value: "7.8", unit: "mmol/L")),
            Is.EqualTo(Rejected("Observation/gds-2", "satuan gula darah sewaktu 'mmol/L' tidak sesuai (harus mg/dL)")));
    }

    [Test]
    public void A_quantity_without_any_unit_is_rejected()
    {
        var json = """
            { "resourceType": "Observation", "id": "chol-1", "status": "final",
              "code": { "coding": [{ "system": "http://loinc.org", "code": "2093-3" }] },
              "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2026-03-02",
              "valueQuantity": { "value": 210 } }
            """;

        Assert.That(Map(json), Is.EqualTo(Rejected("Observation/chol-1", "satuan kolesterol total kosong (harus mg/dL)")));
    }

    [TestCase("2026-03-01T23:30:00Z", "2026-03-02")]
    [TestCase("2026-03-01T23:30:00+08:00", "2026-03-01")]
    [TestCase("2026-03-01T16:59:59.9999999Z", "2026-03-01")]
    [TestCase("2026-03-01T17:00:00.1234567+00:00", "2026-03-02")]
    [TestCase("2026-03-01T10:00:00.1+07:00", "2026-03-01")]
    [TestCase("2026-02-28T20:00:00-05:00", "2026-03-01")]
    [TestCase("2026-03-01", "2026-03-01")]
    public void The_screening_date_is_the_date_in_Jakarta(string effective, string tanggal)
    {
        Assert.That(Measurements(SatuSehat.Observation(effective: effective)).Single().Tanggal,
            Is.EqualTo(DateOnly.Parse(tanggal, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("2026-03")]
    [TestCase("kemarin")]
    public void An_effective_date_that_is_not_a_full_date_is_rejected(string effective)
    {
        Assert.That(Map(SatuSehat.Observation(id: "o1", effective: effective)),
            Is.EqualTo(Rejected("Observation/o1", $"effectiveDateTime '{effective}' bukan tanggal lengkap yang sah")));
    }

    [Test]
    public void An_observation_without_effective_date_time_is_rejected()
    {
        var json = """
            { "resourceType": "Observation", "id": "o1", "status": "final",
              "code": { "coding": [{ "system": "http://loinc.org", "code": "8480-6" }] },
              "subject": { "reference": "Patient/p1" },
              "valueQuantity": { "value": 120, "code": "mm[Hg]" } }
            """;

        Assert.That(Map(json), Is.EqualTo(Rejected("Observation/o1", "effectiveDateTime kosong")));
    }

    [Test]
    public void Keys_in_any_order_are_read_the_same()
    {
        var json = """
            {
              "valueQuantity": { "code": "mm[Hg]", "value": 135, "system": "http://unitsofmeasure.org", "unit": "mm[Hg]" },
              "effectiveDateTime": "2026-03-02T09:10:00+07:00",
              "subject": { "display": "Siti Aminah", "reference": "Patient/P02478375538" },
              "code": { "coding": [{ "code": "8480-6", "system": "http://loinc.org" }] },
              "status": "final",
              "meta": { "lastUpdated": "2026-03-02T09:12:41.517+07:00", "versionId": "1" },
              "id": "obs-sys-1",
              "resourceType": "Observation"
            }
            """;

        Assert.That(Measurements(json), Is.EqualTo(Measurements(SatuSehat.Observation())));
    }

    [TestCase("preliminary")]
    [TestCase("entered-in-error")]
    [TestCase("cancelled")]
    public void Observations_not_final_amended_or_corrected_are_skipped_and_counted(string status)
    {
        Assert.That(Map(SatuSehat.Observation(id: "o1", status: status)),
            Is.EqualTo(new FhirMapping.SkippedByStatus("Observation/o1", status)));
    }

    [TestCase("amended")]
    [TestCase("corrected")]
    public void Amended_and_corrected_observations_are_read(string status)
    {
        Assert.That(Measurements(SatuSehat.Observation(status: status)).Single().Value, Is.EqualTo(135));
    }

    [Test]
    public void An_entered_in_error_observation_is_skipped_even_when_malformed()
    {
        Assert.That(Map(SatuSehat.Observation(id: "o1", status: "entered-in-error", value: "\"abc\"", subject: "")),
            Is.EqualTo(new FhirMapping.SkippedByStatus("Observation/o1", "entered-in-error")));
    }

    [Test]
    public void Body_weight_is_skipped_as_not_a_screening_code_and_not_quarantined()
    {
        Assert.That(Map(SatuSehat.Observation(id: "bb-1", loinc: "29463-7", value: "61.5", unit: "kg", subject: "")),
            Is.EqualTo(new FhirMapping.NotAScreeningCode("Observation/bb-1")));
    }

    [TestCase("8480-6", "301", "sistolik 301 mm[Hg] di luar rentang wajar 50-300")]
    [TestCase("8480-6", "49.9", "sistolik 49.9 mm[Hg] di luar rentang wajar 50-300")]
    [TestCase("8462-4", "29", "diastolik 29 mm[Hg] di luar rentang wajar 30-200")]
    [TestCase("2339-0", "801", "gula darah sewaktu 801 mg/dL di luar rentang wajar 20-800")]
    [TestCase("2093-3", "49", "kolesterol total 49 mg/dL di luar rentang wajar 50-700")]
    public void Values_outside_the_plausible_range_are_rejected(string loinc, string value, string alasan)
    {
        var unit = loinc is "8480-6" or "8462-4" ? "mm[Hg]" : "mg/dL";

        Assert.That(Map(SatuSehat.Observation(id: "o1", loinc: loinc, value: value, unit: unit)),
            Is.EqualTo(Rejected("Observation/o1", alasan)));
    }

    [TestCase("8480-6", "300")]
    [TestCase("8462-4", "30")]
    [TestCase("2345-7", "20")]
    [TestCase("2093-3", "700")]
    public void The_range_limits_themselves_are_plausible(string loinc, string value)
    {
        var unit = loinc is "8480-6" or "8462-4" ? "mm[Hg]" : "mg/dL";

        Assert.That(Measurements(SatuSehat.Observation(loinc: loinc, value: value, unit: unit)).Single().Value,
            Is.EqualTo(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void A_value_written_as_text_is_rejected()
    {
        Assert.That(Map(SatuSehat.Observation(id: "o1", value: "\"120\"")),
            Is.EqualTo(Rejected("Observation/o1", "nilai sistolik kosong atau bukan angka")));
    }

    [Test]
    public void A_value_string_instead_of_a_quantity_is_rejected()
    {
        var json = """
            { "resourceType": "Observation", "id": "o1", "status": "final",
              "code": { "coding": [{ "system": "http://loinc.org", "code": "8480-6" }] },
              "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2026-03-02",
              "valueString": "120/80" }
            """;

        Assert.That(Map(json), Is.EqualTo(Rejected("Observation/o1",
            "nilai sistolik harus valueQuantity berupa angka (tertulis valueString)")));
    }

    [Test]
    public void An_observation_with_data_absent_instead_of_a_value_is_rejected()
    {
        var json = """
            { "resourceType": "Observation", "id": "o1", "status": "final",
              "code": { "coding": [{ "system": "http://loinc.org", "code": "2093-3" }] },
              "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2026-03-02",
              "dataAbsentReason": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "not-performed" }] } }
            """;

        Assert.That(Map(json), Is.EqualTo(Rejected("Observation/o1", "nilai kolesterol total kosong")));
    }

    [TestCase("Patient/P02478375538")]
    [TestCase("https://api-satusehat.kemkes.go.id/fhir-r4/v1/Patient/P02478375538")]
    [TestCase("Patient/P02478375538/_history/3")]
    public void A_subject_may_be_a_relative_or_absolute_patient_reference(string subject)
    {
        Assert.That(Measurements(SatuSehat.Observation(subject: subject)).Single().PatientId, Is.EqualTo("P02478375538"));
    }

    [Test]
    public void A_urn_uuid_subject_is_resolved_through_the_bundle_full_urls()
    {
        var json = $$"""
            { "resourceType": "Bundle", "type": "transaction", "entry": [
              { "fullUrl": "urn:uuid:9c1f6e1e-3f2b-4c55-8f0e-0a6e5c7b1d22", "resource": {{SatuSehat.Patient(id: "P1")}} },
              { "fullUrl": "urn:uuid:0d4a3b7e-1111-4a2b-9c3d-222233334444",
                "resource": {{SatuSehat.Observation(subject: "urn:uuid:9c1f6e1e-3f2b-4c55-8f0e-0a6e5c7b1d22")}} } ] }
            """;

        var measurement = MapAll(json).OfType<FhirMapping.MappedMeasurements>().Single().Measurements.Single();

        Assert.That(measurement.PatientId, Is.EqualTo("P1"));
    }

    [Test]
    public void An_observation_without_a_server_id_is_keyed_by_what_it_records_never_by_its_urn()
    {
        const string urn = "urn:uuid:0d4a3b7e-1111-4a2b-9c3d-222233334444";
        string Key(string value, string effective) => MapAll(SatuSehat.Transaction(
                (urn, SatuSehat.Observation(value: value, effective: effective))))
            .OfType<FhirMapping.MappedMeasurements>().Single().Measurements.Single().ObservationId;

        Assert.Multiple(() =>
        {
            Assert.That(Key("150", "2026-03-02T09:10:00+07:00"), Is.Not.EqualTo(Key("150", "2026-03-09T09:10:00+07:00")), "another visit");
            Assert.That(Key("150", "2026-03-02T09:10:00+07:00"), Is.Not.EqualTo(Key("145", "2026-03-02T09:10:00+07:00")), "another value");
            Assert.That(Key("150", "2026-03-02T09:10:00+07:00"), Is.EqualTo(Key("150", "2026-03-02T09:10:00+07:00")), "the same reading sent again");
            Assert.That(Key("150", "2026-03-02T09:10:00+07:00"), Does.Not.Contain(urn));
        });
    }

    [Test]
    public void A_urn_uuid_subject_outside_a_bundle_is_rejected()
    {
        Assert.That(Map(SatuSehat.Observation(id: "o1", subject: "urn:uuid:9c1f6e1e-3f2b-4c55-8f0e-0a6e5c7b1d22")),
            Is.EqualTo(Rejected("Observation/o1", "subject 'urn:uuid:9c1f6e1e-3f2b-4c55-8f0e-0a6e5c7b1d22' bukan rujukan ke Patient")));
    }

    [Test]
    public void An_observation_whose_subject_is_not_a_patient_is_rejected()
    {
        Assert.That(Map(SatuSehat.Observation(id: "o1", subject: "Group/posbindu-1")),
            Is.EqualTo(Rejected("Observation/o1", "subject 'Group/posbindu-1' bukan rujukan ke Patient")));
    }

    [Test]
    public void Every_problem_of_an_observation_is_given_at_once()
    {
        Assert.That(Map(SatuSehat.Observation(id: "o1", subject: "", effective: "2026", value: "400")),
            Is.EqualTo(Rejected("Observation/o1", "subject kosong: Observation harus merujuk ke Patient; "
                + "effectiveDateTime '2026' bukan tanggal lengkap yang sah; sistolik 400 mm[Hg] di luar rentang wajar 50-300")));
    }

    [Test]
    public void An_element_of_the_wrong_shape_is_rejected_with_the_parser_reason()
    {
        var json = """
            { "resourceType": "Observation", "id": "o1", "status": "final",
              "code": { "coding": { "system": "http://loinc.org", "code": "8480-6" } },
              "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2026-03-02",
              "valueQuantity": { "value": 120, "code": "mm[Hg]" } }
            """;

        var problem = ((FhirMapping.Rejected)Map(json)).Problem;

        Assert.That(problem, Is.EqualTo(new FhirProblem("Observation/o1",
            "isi resource tidak sah: Expected property to be a collection of Coding, but found a single Coding.")));
    }

    [Test]
    public void Resources_other_than_patients_and_observations_are_counted_as_other_types()
    {
        var json = """{ "resourceType": "Encounter", "id": "enc-1", "status": "finished", "class": { "code": "AMB" } }""";

        Assert.That(Map(json), Is.EqualTo(new FhirMapping.OtherResourceType("Encounter/enc-1")));
    }
}
