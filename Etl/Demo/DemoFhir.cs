using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Pws.Etl.Demo;

/// <summary>A puskesmas that reports its screenings to SATUSEHAT: FHIR R4 Patients and Observations
/// (systolic and diastolic as separate Observations, glucose, cholesterol) in monthly Bundles, or as
/// NDJSON, with what such feeds also carry: village codes in every published shape, a body weight, a
/// preliminary reading, a masked NIK, and a patient whose village code is not a Kemendagri village (so
/// its reading waits for a Patient that can load).</summary>
internal sealed class DemoFhir(string folder, bool ndjson)
{
    public void Write(string kodePuskesmas, int tahun, IEnumerable<DemoScreening> screenings)
    {
        Directory.CreateDirectory(folder);
        var serial = 0;
        foreach (var month in screenings.OrderBy(s => s.Tanggal).GroupBy(s => s.Tanggal.Month))
        {
            var resources = new List<string>();
            var inBundle = new HashSet<string>();
            foreach (var s in month)
            {
                var number = PatientNumber(s.Nik!);
                var patient = PatientId(number);
                if (inBundle.Add(patient))
                    resources.Add(Patient(patient, number % 20 == 0 ? "################" : s.Nik!, s.TanggalLahir, s.JenisKelamin, s.KodeDesa,
                        (int)(number % 3)));
                var date = $"{s.Tanggal:yyyy-MM-dd}T09:{serial % 60:D2}:00+07:00";
                if (s.Sistolik is { } sys) resources.Add(Observation($"obs-{tahun}-{++serial}", patient, "8480-6", sys, "mm[Hg]", date));
                if (s.Diastolik is { } dia) resources.Add(Observation($"obs-{tahun}-{++serial}", patient, "8462-4", dia, "mm[Hg]", date));
                if (s.GulaDarah is { } gds) resources.Add(Observation($"obs-{tahun}-{++serial}", patient, "2339-0", gds, "mg/dL", date));
                if (s.Kolesterol is { } kol) resources.Add(Observation($"obs-{tahun}-{++serial}", patient, "2093-3", kol, "mg/dL", date));
            }
            if (month.Key == 1 && resources.Count > 0)
            {
                var first = month.First();
                var firstPatient = PatientId(PatientNumber(first.Nik!));
                var date = $"{first.Tanggal:yyyy-MM-dd}T10:00:00+07:00";
                resources.Add(Observation($"obs-berat-{tahun}-{++serial}", firstPatient, "29463-7", 58, "kg", date));
                resources.Add(Observation($"obs-awal-{tahun}-{++serial}", firstPatient, "8480-6", 128, "mm[Hg]", date, "preliminary"));
                resources.Add(Patient($"{kodePuskesmas}-luar", "3329019999990001", new DateOnly(1970, 1, 1), "L", "33.29.99.2999"));
                resources.Add(Observation($"obs-luar-{tahun}-{++serial}", $"{kodePuskesmas}-luar", "8480-6", 150, "mm[Hg]", date));
            }
            var name = $"skrining_{tahun}-{month.Key:D2}";
            if (ndjson)
                File.WriteAllLines(Path.Combine(folder, name + ".ndjson"), resources.Select(r => r.ReplaceLineEndings(" ")), DemoFiles.Utf8);
            else
                File.WriteAllText(Path.Combine(folder, name + ".json"),
                    $$"""{"resourceType":"Bundle","type":"collection","entry":[{{string.Join(",", resources.Select(r => $$"""{"resource":{{r}}}"""))}}]}""",
                    DemoFiles.Utf8);
        }
    }

    /// <summary>A person's patient number, the same every year as SATUSEHAT's IHS number is (observation ids carry the year):
    /// a second year's bundles update the same patients and leave the first year's readings in place.</summary>
    private static string PatientId(long number) => $"P{number:D11}";

    private static long PatientNumber(string nik) =>
        (long)(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(nik))) % 100_000_000_000UL);

    /// <summary>The village written in one of the shapes real payloads use: the full code alone, segments
    /// without leading zeros, or cumulative codes.</summary>
    private static string AdministrativeCode(string kodeDesa, int shape)
    {
        var p = kodeDesa.Split('.');
        string Part(string name, string value) => $$"""{"url":"{{name}}","valueCode":"{{value}}"}""";
        return shape switch
        {
            1 => string.Join(",", Part("province", p[0]), Part("city", p[1]), Part("district", p[2].TrimStart('0')), Part("village", p[3])),
            2 => string.Join(",", Part("province", p[0]), Part("city", p[0] + p[1]), Part("district", p[0] + p[1] + p[2]), Part("village", string.Concat(p))),
            _ => Part("village", string.Concat(p)),
        };
    }

    private static string Patient(string id, string nik, DateOnly birth, string sex, string kodeDesa, int shape = 0) => $$"""
        {"resourceType":"Patient","id":"{{id}}","meta":{"lastUpdated":"{{birth:yyyy}}-01-01T00:00:00+07:00"},
         "identifier":[{"system":"https://fhir.kemkes.go.id/id/nik","value":"{{nik}}"},{"system":"https://fhir.kemkes.go.id/id/ihs-number","value":"P{{id.Replace("-", "", StringComparison.Ordinal)}}"}],
         "gender":"{{(sex == "P" ? "female" : "male")}}","birthDate":"{{birth:yyyy-MM-dd}}",
         "address":[{"use":"home","extension":[{"url":"https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode",
           "extension":[{{AdministrativeCode(kodeDesa, shape)}}]}]}]}
        """;

    private static string Observation(string id, string patient, string loinc, int value, string unit, string effective, string status = "final") => $$$"""
        {"resourceType":"Observation","id":"{{{id}}}","status":"{{{status}}}","meta":{"lastUpdated":"{{{effective}}}"},
         "code":{"coding":[{"system":"http://loinc.org","code":"{{{loinc}}}"}]},"subject":{"reference":"Patient/{{{patient}}}"},
         "effectiveDateTime":"{{{effective}}}","valueQuantity":{"value":{{{value}}},"unit":"{{{unit}}}","system":"http://unitsofmeasure.org","code":"{{{unit}}}"}}
        """;
}
