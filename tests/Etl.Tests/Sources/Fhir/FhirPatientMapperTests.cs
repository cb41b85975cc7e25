using Pws.Etl.Sources.Fhir;

namespace Pws.Etl.Tests.Sources.Fhir;

public sealed class FhirPatientMapperTests
{
    private static FhirMapping Map(string json) =>
        FhirResourceMapper.Map(FhirResourceParser.Parse(json, null, "P1/fhir/uji.json").Single().Entry!);

    private static FhirPatient Mapped(string json) => ((FhirMapping.MappedPatient)Map(json)).Patient;

    [Test]
    public void A_SATUSEHAT_patient_gives_its_NIK_birth_date_sex_and_dotted_village()
    {
        Assert.That(Mapped(SatuSehat.Patient()), Is.EqualTo(new FhirPatient("P02478375538", "3329014501800002",
            new DateOnly(1980, 1, 5), "P", "33.29.01.2001", new DateTimeOffset(2026, 3, 2, 8, 15, 30, 123, TimeSpan.FromHours(7)))));
    }

    [Test]
    public void The_village_extension_spelled_AdministrativeCode_is_read_too()
    {
        Assert.That(Mapped(SatuSehat.Patient(extensionName: "AdministrativeCode")).KodeDesa, Is.EqualTo("33.29.01.2001"));
    }

    [Test]
    public void A_patient_without_the_village_extension_has_no_village()
    {
        Assert.That(Mapped(SatuSehat.Patient(extensionName: "birthPlace")).KodeDesa, Is.Null);
    }

    [Test]
    public void A_village_code_that_is_neither_4_nor_10_digits_rejects_the_patient()
    {
        Assert.That(Map(SatuSehat.Patient(village: "332901200")), Is.EqualTo(new FhirMapping.Rejected(
            new FhirProblem("Patient/P02478375538", "bagian village kode wilayah '332901200' harus 4 digit atau kode lengkap 10 digit"))));
    }

    [TestCase("33", "3329", "332901", "3329012001", ExpectedResult = "33.29.01.2001", TestName = "Cumulative parts")]
    [TestCase("33", "29", "01", "2001", ExpectedResult = "33.29.01.2001", TestName = "Segments")]
    [TestCase("33", "29", "1", "2001", ExpectedResult = "33.29.01.2001", TestName = "A kecamatan segment without its leading zero")]
    [TestCase("33", "71", "1", "1003", ExpectedResult = "33.71.01.1003", TestName = "Kota Magelang as segments")]
    [TestCase("33", "3371", "337101", "1003", ExpectedResult = "33.71.01.1003", TestName = "Cumulative parts with a village segment")]
    [TestCase("33", "71", "337101", "3371011003", ExpectedResult = "33.71.01.1003", TestName = "Segments and cumulative mixed")]
    [TestCase(null, null, null, "3329012001", ExpectedResult = "33.29.01.2001", TestName = "Only the full village code")]
    [TestCase("33", "29", "01", "33.29.01.2001", ExpectedResult = "33.29.01.2001", TestName = "A dotted village code")]
    public string? Every_published_shape_of_the_administrative_code_gives_the_10_digit_village(
        string? province, string? city, string? district, string village) =>
        Mapped(SatuSehat.Patient(province: province, city: city, district: district, village: village)).KodeDesa;

    [TestCase("33", "29", null, "2001", "kode wilayah alamat tidak lengkap: bagian district tidak ada")]
    [TestCase(null, "29", "01", "2001", "kode wilayah alamat tidak lengkap: bagian province tidak ada")]
    [TestCase("33", "71", "01", "3329012001", "bagian kode wilayah alamat saling bertentangan (province 33, city 71, district 01, village 3329012001)")]
    [TestCase("33", "2a", "01", "2001", "bagian city kode wilayah '2a' bukan angka")]
    public void An_administrative_code_with_parts_missing_or_disagreeing_rejects_the_patient(
        string? province, string? city, string? district, string village, string reason)
    {
        Assert.That(Map(SatuSehat.Patient(province: province, city: city, district: district, village: village)),
            Is.EqualTo(new FhirMapping.Rejected(new FhirProblem("Patient/P02478375538", reason))));
    }

    [Test]
    public void A_masked_NIK_counts_as_no_NIK()
    {
        var patient = Mapped(SatuSehat.Patient(nikValue: "################"));

        Assert.That(patient.Nik, Is.Null);
        Assert.That(patient.Id, Is.EqualTo("P02478375538"));
    }

    [Test]
    public void A_NIK_of_15_digits_rejects_the_patient_without_showing_it()
    {
        Assert.That(Map(SatuSehat.Patient(nikValue: "332901450180000")), Is.EqualTo(new FhirMapping.Rejected(
            new FhirProblem("Patient/P02478375538", "NIK harus 16 digit angka (tertulis 15 karakter)"))));
    }

    [Test]
    public void A_NIK_written_with_spaces_is_the_same_16_digits()
    {
        Assert.That(Mapped(SatuSehat.Patient(nikValue: "3329 0145 0180 0002")).Nik, Is.EqualTo("3329014501800002"));
    }

    [Test]
    public void Identifiers_other_than_NIK_are_ignored_even_the_mothers_NIK()
    {
        var json = """
            {
              "identifier": [
                { "system": "https://fhir.kemkes.go.id/id/nik-ibu", "value": "3329014501800002" },
                { "system": "https://fhir.kemkes.go.id/id/ihs-number", "value": "P00000000001" },
                { "system": "http://sys-ids.kemkes.go.id/mr/100011961", "value": "RM-77" }
              ],
              "gender": "male",
              "birthDate": "2026-01-20",
              "id": "bayi-1",
              "resourceType": "Patient"
            }
            """;

        Assert.That(Mapped(json), Is.EqualTo(new FhirPatient("bayi-1", null, new DateOnly(2026, 1, 20), "L", null, null)));
    }

    [Test]
    public void A_NIK_sent_as_a_JSON_number_is_still_read()
    {
        var json = """{ "resourceType": "Patient", "id": "p1", "identifier": [{ "system": "https://fhir.kemkes.go.id/id/nik", "value": 3329014501800002 }] }""";

        Assert.That(Mapped(json).Nik, Is.EqualTo("3329014501800002"));
    }

    [Test]
    public void Two_different_NIKs_reject_the_patient()
    {
        var json = """
            { "resourceType": "Patient", "id": "p1", "identifier": [
              { "system": "https://fhir.kemkes.go.id/id/nik", "value": "3329014501800002" },
              { "system": "https://fhir.kemkes.go.id/id/nik", "value": "3329014501800003" } ] }
            """;

        Assert.That(Map(json), Is.EqualTo(new FhirMapping.Rejected(
            new FhirProblem("Patient/p1", "Patient memiliki lebih dari satu NIK yang berbeda"))));
    }

    [TestCase("1980")]
    [TestCase("1980-05")]
    public void A_partial_birth_date_maps_to_no_birth_date(string birthDate)
    {
        Assert.That(Mapped(SatuSehat.Patient(birthDate: birthDate)).BirthDate, Is.Null);
    }

    [TestCase("1980-02-30")]
    [TestCase("05/01/1980")]
    public void An_impossible_birth_date_rejects_the_patient(string birthDate)
    {
        Assert.That(Map(SatuSehat.Patient(birthDate: birthDate)), Is.EqualTo(new FhirMapping.Rejected(
            new FhirProblem("Patient/P02478375538", $"birthDate '{birthDate}' bukan tanggal yang sah"))));
    }

    [TestCase("male", "L")]
    [TestCase("female", "P")]
    [TestCase("other", null)]
    [TestCase("unknown", null)]
    public void Gender_becomes_L_or_P_and_anything_else_none(string gender, string? jenisKelamin)
    {
        Assert.That(Mapped(SatuSehat.Patient(gender: gender)).JenisKelamin, Is.EqualTo(jenisKelamin));
    }

    [Test]
    public void A_patient_in_a_transaction_bundle_without_id_is_known_by_its_file_and_full_url_together()
    {
        const string json = """
            { "resourceType": "Bundle", "type": "transaction", "entry": [{
              "fullUrl": "urn:uuid:4b1a2a5e-8a55-4f51-9bb4-3c1d4a6f0c11",
              "resource": { "resourceType": "Patient", "gender": "male" },
              "request": { "method": "POST", "url": "Patient" } }] }
            """;
        string IdIn(string document) =>
            ((FhirMapping.MappedPatient)FhirResourceMapper.Map(FhirResourceParser.Parse(json, null, document).Single().Entry!)).Patient.Id;

        Assert.Multiple(() =>
        {
            Assert.That(IdIn("P1/fhir/a.json"), Is.EqualTo(IdIn("P1/fhir/a.json")), "the same file read again");
            Assert.That(IdIn("P1/fhir/a.json"), Is.Not.EqualTo(IdIn("P1/fhir/b.json")), "another bundle reusing the urn");
            Assert.That(IdIn("P1/fhir/a.json"), Does.Not.Contain("urn:uuid"));
        });
    }

    [Test]
    public void A_patient_known_only_by_a_urn_outside_a_file_has_no_id()
    {
        const string json = """
            { "resourceType": "Bundle", "type": "transaction", "entry": [{
              "fullUrl": "urn:uuid:4b1a2a5e-8a55-4f51-9bb4-3c1d4a6f0c11", "resource": { "resourceType": "Patient", "gender": "male" } }] }
            """;

        Assert.That(FhirResourceMapper.Map(FhirResourceParser.Parse(json, null, null).Single().Entry!),
            Is.EqualTo(new FhirMapping.Rejected(new FhirProblem("Patient/urn:uuid:4b1a2a5e-8a55-4f51-9bb4-3c1d4a6f0c11", "Patient tanpa id"))));
    }
}
