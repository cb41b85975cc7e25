namespace Pws.Etl.Tests.Sources.Fhir;

/// <summary>Resources shaped like the published SATUSEHAT examples, with the parts a test varies as
/// parameters.</summary>
public static class SatuSehat
{
    public const string Nik = "3329014501800002";

    public static string Patient(
        string id = "P02478375538",
        string nikValue = Nik,
        string birthDate = "1980-01-05",
        string gender = "female",
        string extensionName = "administrativeCode",
        string village = "3329012001",
        string lastUpdated = "2026-03-02T08:15:30.123+07:00",
        string? province = "33",
        string? city = "3329",
        string? district = "332901") => $$"""
        {
          "resourceType": "Patient",
          "id": "{{id}}",
          "meta": {
            "versionId": "MTcwOTI4NzEzMDk3MzQ3MjAwMA",
            "lastUpdated": "{{lastUpdated}}",
            "profile": ["https://fhir.kemkes.go.id/r4/StructureDefinition/Patient"]
          },
          "identifier": [
            { "use": "official", "system": "https://fhir.kemkes.go.id/id/nik", "value": "{{nikValue}}" },
            { "use": "official", "system": "https://fhir.kemkes.go.id/id/ihs-number", "value": "P02478375538" },
            { "use": "official", "system": "https://fhir.kemkes.go.id/id/paspor", "value": "A01234567" },
            { "use": "official", "system": "https://fhir.kemkes.go.id/id/kk", "value": "3329010101800001" },
            { "use": "usual", "system": "http://sys-ids.kemkes.go.id/mr/100011961", "value": "RM-2026-000123" }
          ],
          "active": true,
          "name": [{ "use": "official", "text": "Siti Aminah" }],
          "telecom": [{ "system": "phone", "value": "08123456789", "use": "mobile" }],
          "gender": "{{gender}}",
          "birthDate": "{{birthDate}}",
          "deceasedBoolean": false,
          "address": [{
            "use": "home",
            "line": ["Jl. Raya Bulakamba No. 12"],
            "city": "Brebes",
            "postalCode": "52253",
            "country": "ID",
            "extension": [{
              "url": "https://fhir.kemkes.go.id/r4/StructureDefinition/{{extensionName}}",
              "extension": [
                {{Part("province", province)}}{{Part("city", city)}}{{Part("district", district)}}
                { "url": "village", "valueCode": "{{village}}" },
                { "url": "rt", "valueCode": "2" },
                { "url": "rw", "valueCode": "5" }
              ]
            }]
          }],
          "multipleBirthInteger": 0,
          "communication": [{ "language": { "coding": [{ "system": "urn:ietf:bcp:47", "code": "id-ID", "display": "Indonesian" }] }, "preferred": true }],
          "extension": [
            { "url": "https://fhir.kemkes.go.id/r4/StructureDefinition/birthPlace", "valueAddress": { "city": "Brebes", "country": "ID" } },
            { "url": "https://fhir.kemkes.go.id/r4/StructureDefinition/citizenshipStatus", "valueCode": "WNI" }
          ]
        }
        """;

    private static string Part(string name, string? value) =>
        value is null ? "" : $$"""{ "url": "{{name}}", "valueCode": "{{value}}" },""";

    /// <summary>A vital sign or lab Observation with a <c>valueQuantity</c>; <paramref name="value"/> is
    /// written into the JSON as is, so a test can give a string or leave the number out.</summary>
    public static string Observation(
        string id = "obs-sys-1",
        string loinc = "8480-6",
        string value = "135",
        string unit = "mm[Hg]",
        string effective = "2026-03-02T09:10:00+07:00",
        string status = "final",
        string subject = "Patient/P02478375538",
        string lastUpdated = "2026-03-02T09:12:41.517+07:00") => $$"""
        {
          "resourceType": "Observation",
          "id": "{{id}}",
          "meta": { "versionId": "1", "lastUpdated": "{{lastUpdated}}" },
          "status": "{{status}}",
          "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs", "display": "Vital Signs" }] }],
          "code": { "coding": [{ "system": "http://loinc.org", "code": "{{loinc}}" }] },
          "subject": { "reference": "{{subject}}", "display": "Siti Aminah" },
          "performer": [{ "reference": "Practitioner/N10000001" }],
          "encounter": { "reference": "Encounter/2823ed1d-3e3e-434e-9a5b-9c579d192273", "display": "Pemeriksaan PTM" },
          "effectiveDateTime": "{{effective}}",
          "issued": "2026-03-02T09:12:00+07:00",
          "valueQuantity": { "value": {{value}}, "unit": "{{unit}}", "system": "http://unitsofmeasure.org", "code": "{{unit}}" }
        }
        """;

    /// <summary>The blood pressure panel 85354-9 (or the older 55284-4) with systolic and diastolic components.</summary>
    public static string Panel(string id = "obs-bp-1", string systolic = "142", string diastolic = "91", string loinc = "85354-9") => $$"""
        {
          "resourceType": "Observation",
          "id": "{{id}}",
          "meta": { "lastUpdated": "2026-03-02T09:12:41.517+07:00" },
          "status": "final",
          "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs" }] }],
          "code": { "coding": [{ "system": "http://loinc.org", "code": "{{loinc}}", "display": "Blood pressure panel" }] },
          "subject": { "reference": "Patient/P02478375538" },
          "effectiveDateTime": "2026-03-02T09:10:00+07:00",
          "component": [
            {
              "code": { "coding": [{ "system": "http://loinc.org", "code": "8480-6", "display": "Systolic blood pressure" }] },
              "valueQuantity": { "value": {{systolic}}, "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]" }
            },
            {
              "code": { "coding": [{ "system": "http://loinc.org", "code": "8462-4", "display": "Diastolic blood pressure" }] },
              "valueQuantity": { "value": {{diastolic}}, "unit": "mmHg", "system": "http://unitsofmeasure.org", "code": "mm[Hg]" }
            }
          ]
        }
        """;

    public static string Bundle(params string[] resources) =>
        $$"""{ "resourceType": "Bundle", "type": "collection", "entry": [{{string.Join(",", resources.Select(r => $$"""{ "resource": {{r}} }"""))}}] }""";

    /// <summary>A transaction bundle as sent to SATUSEHAT: each resource without its <c>id</c>, known only by the
    /// <c>urn:uuid:</c> fullUrl given with it.</summary>
    public static string Transaction(params (string Urn, string Resource)[] entries) =>
        $$"""{ "resourceType": "Bundle", "type": "transaction", "entry": [{{string.Join(",", entries.Select(e => $$"""
            { "fullUrl": "{{e.Urn}}", "resource": {{WithoutId(e.Resource)}}, "request": { "method": "POST", "url": "{{Type(e.Resource)}}" } }
            """))}}] }""";

    private static string WithoutId(string resource) => System.Text.RegularExpressions.Regex.Replace(resource, @"""id"": ""[^""]*"",", "", default, TimeSpan.FromSeconds(1));

    private static string Type(string resource) => resource.Contains("\"resourceType\": \"Patient\"", StringComparison.Ordinal) ? "Patient" : "Observation";

    /// <summary>One line per resource, as NDJSON wants.</summary>
    public static string Line(string resource) => string.Join(" ", resource.Split('\n').Select(l => l.Trim()));
}
