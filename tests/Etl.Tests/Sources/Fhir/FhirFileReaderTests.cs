using System.Text;
using Pws.Etl.Inbox;
using Pws.Etl.Sources.Fhir;
using Pws.Testing;

namespace Pws.Etl.Tests.Sources.Fhir;

public sealed class FhirFileReaderTests
{
    private TempFolder folder = null!;

    [SetUp] public void Create() => folder = new TempFolder();
    [TearDown] public void Delete() => folder.Dispose();

    private List<FhirItem> Read(string name, string content)
    {
        var path = folder[name];
        File.WriteAllText(path, content, new UTF8Encoding(true));
        return FhirFileReader.Read(path, "P1/fhir/" + Path.GetFileName(path)).ToList();
    }

    private static string Labels(IEnumerable<FhirItem> items) =>
        string.Join(" ", items.Select(i => i.Entry?.Label ?? "!" + i.Problem!.ResourceId));

    [Test]
    public void A_bundle_file_gives_the_resources_of_its_entries()
    {
        var items = Read("kunjungan.json", SatuSehat.Bundle(SatuSehat.Patient(), SatuSehat.Observation(), SatuSehat.Panel()));

        Assert.That(Labels(items), Is.EqualTo("Patient/P02478375538 Observation/obs-sys-1 Observation/obs-bp-1"));
    }

    [Test]
    public void A_searchset_bundle_reads_like_any_other()
    {
        var json = $$"""
            { "resourceType": "Bundle", "type": "searchset", "total": 1,
              "link": [{ "relation": "self", "url": "https://example.org/fhir/Observation?_count=1" }],
              "entry": [{ "fullUrl": "https://example.org/fhir/Observation/obs-sys-1", "resource": {{SatuSehat.Observation()}},
                          "search": { "mode": "match" } }] }
            """;

        Assert.That(Labels(Read("hasil.json", json)), Is.EqualTo("Observation/obs-sys-1"));
    }

    [Test]
    public void A_json_file_may_hold_a_single_resource()
    {
        Assert.That(Labels(Read("pasien.json", SatuSehat.Patient())), Is.EqualTo("Patient/P02478375538"));
    }

    [Test]
    public void Unknown_elements_and_seven_fractional_digits_do_not_fail_parsing()
    {
        var json = """
            { "resourceType": "Observation", "id": "o1", "status": "final",
              "meta": { "lastUpdated": "2026-03-02T09:12:41.1234567+07:00" },
              "kodeLokal": "PTM-01", "catatanPetugas": { "teks": "puasa 2 jam" },
              "code": { "coding": [{ "system": "http://loinc.org", "code": "2339-0" }] },
              "subject": { "reference": "Patient/p1" },
              "effectiveDateTime": "2026-03-02T09:10:00.1234567+07:00",
              "valueQuantity": { "value": 142, "unit": "mg/dL", "code": "mg/dL", "precision": 0 } }
            """;

        var entry = Read("lokal.json", json).Single().Entry!;
        var measurement = ((FhirMapping.MappedMeasurements)FhirResourceMapper.Map(entry)).Measurements.Single();

        Assert.That(measurement, Is.EqualTo(new FhirMeasurement("o1", "p1", new DateOnly(2026, 3, 2), Measure.GulaDarahSewaktu, 142,
            new DateTimeOffset(2026, 3, 2, 9, 12, 41, TimeSpan.FromHours(7)).AddTicks(1234567))));
    }

    [Test]
    public void Ndjson_gives_one_resource_per_line_with_its_line_number_and_ignores_blank_lines()
    {
        var items = Read("ekspor.ndjson", string.Join("\n",
            SatuSehat.Line(SatuSehat.Patient()), "", SatuSehat.Line(SatuSehat.Observation()), "   ", SatuSehat.Line(SatuSehat.Panel()), ""));

        Assert.Multiple(() =>
        {
            Assert.That(Labels(items), Is.EqualTo("Patient/P02478375538 Observation/obs-sys-1 Observation/obs-bp-1"));
            Assert.That(items.Select(i => i.Line), Is.EqualTo(new int?[] { 1, 3, 5 }));
        });
    }

    [Test]
    public void A_broken_ndjson_line_becomes_a_problem_with_its_line_number_and_the_other_lines_still_load()
    {
        var items = Read("ekspor.ndjson", string.Join("\r\n",
            SatuSehat.Line(SatuSehat.Observation(id: "o1")),
            """{"resourceType":"Observation","id":"o2","status":"final",""",
            SatuSehat.Line(SatuSehat.Observation(id: "o3"))));

        Assert.Multiple(() =>
        {
            Assert.That(Labels(items), Is.EqualTo("Observation/o1 !baris 2 Observation/o3"));
            Assert.That(items[1].Line, Is.EqualTo(2));
            Assert.That(items[1].Problem!.Alasan, Does.StartWith("baris 2 bukan JSON FHIR yang sah: "));
        });
    }

    [Test]
    public void An_ndjson_line_that_is_no_resource_is_a_problem_of_that_line()
    {
        var items = Read("ekspor.ndjson", "[1, 2, 3]\n" + SatuSehat.Line(SatuSehat.Patient()));

        Assert.That(items[0], Is.EqualTo(FhirItem.Unreadable(1,
            new FhirProblem("baris 1", "baris 1 bukan JSON FHIR yang sah: bukan objek JSON dengan resourceType"))));
        Assert.That(items[1].Entry!.Resource, Is.InstanceOf<Hl7.Fhir.Model.Patient>());
    }

    [Test]
    public void A_broken_json_file_cannot_be_read_and_is_quarantined_whole()
    {
        var path = folder["rusak.json"];
        File.WriteAllText(path, SatuSehat.Bundle(SatuSehat.Patient())[..200]);

        Assert.That(() => FhirFileReader.Read(path, "P1/fhir/" + Path.GetFileName(path)),
            Throws.TypeOf<UnreadableFileException>().With.Message.StartsWith("Berkas bukan JSON FHIR yang sah: "));
    }

    [Test]
    public void A_broken_json_file_is_quarantined_with_an_indonesian_reason_and_the_line_counted_from_one()
    {
        var path = folder["rusak.json"];
        File.WriteAllText(path, "{\n  \"resourceType\": \"Bundle\",\n  \"type\" \"collection\"\n}");

        Assert.That(() => FhirFileReader.Read(path, "P1/fhir/rusak.json"), Throws.TypeOf<UnreadableFileException>().With.Message.EqualTo(
            "Berkas bukan JSON FHIR yang sah: JSON tidak sah di baris 3, kolom 10: " +
            "ada tanda kutip, koma atau kurung yang salah atau hilang, atau isinya terpotong"));
    }

    [Test]
    public void A_broken_ndjson_line_is_told_in_indonesian_with_its_own_line_number()
    {
        var items = Read("ekspor.ndjson", SatuSehat.Line(SatuSehat.Patient()) + "\n\n" + """{"resourceType": "Patient" "id": "p2"}""");

        Assert.That(items[1].Problem!.Alasan, Is.EqualTo("baris 3 bukan JSON FHIR yang sah: JSON tidak sah di baris 3, kolom 28: " +
            "ada tanda kutip, koma atau kurung yang salah atau hilang, atau isinya terpotong"));
    }

    [Test]
    public void A_json_file_without_resource_type_cannot_be_read()
    {
        var path = folder["lain.json"];
        File.WriteAllText(path, """{ "nama": "laporan", "isi": [] }""");

        Assert.That(() => FhirFileReader.Read(path, "P1/fhir/" + Path.GetFileName(path)), Throws.TypeOf<UnreadableFileException>()
            .With.Message.EqualTo("Berkas bukan JSON FHIR yang sah: bukan objek JSON dengan resourceType"));
    }

    [Test]
    public void An_empty_file_cannot_be_read()
    {
        var path = folder["kosong.ndjson"];
        File.WriteAllText(path, "");

        Assert.That(() => FhirFileReader.Read(path, "P1/fhir/" + Path.GetFileName(path)),
            Throws.TypeOf<UnreadableFileException>().With.Message.EqualTo("Berkas kosong (0 byte)."));
    }

    [Test]
    public void A_bundle_entry_that_is_no_R4_resource_is_a_problem_and_the_other_entries_load()
    {
        var json = $$"""
            { "resourceType": "Bundle", "type": "collection", "entry": [
              { "resource": {{SatuSehat.Patient()}} },
              { "resource": { "resourceType": "ObservationX", "id": "x1" } },
              { "resource": { "id": "y1", "status": "final" } },
              { "resource": { "resourceType": "Observation", "id": "o9", "status": "final", "status": "final" } },
              { "resource": {{SatuSehat.Observation()}} } ] }
            """;

        var items = Read("campur.json", json);

        Assert.Multiple(() =>
        {
            Assert.That(Labels(items), Is.EqualTo(
                "Patient/P02478375538 !ObservationX/x1 !(tanpa resourceType) !Observation/o9 Observation/obs-sys-1"));
            Assert.That(items[1].Problem!.Alasan, Is.EqualTo("entry ke-2: resourceType 'ObservationX' tidak dikenal di FHIR R4"));
            Assert.That(items[2].Problem!.Alasan, Is.EqualTo("entry ke-3: resource tanpa resourceType"));
            Assert.That(items[3].Problem!.Alasan, Does.StartWith("entry ke-4: bukan resource FHIR R4 yang sah: "));
        });
    }

    [Test]
    public void A_resource_whose_id_or_meta_has_the_wrong_shape_is_a_problem_of_its_line()
    {
        var items = Read("ekspor.ndjson", string.Join("\n",
            """{ "resourceType": "Patient", "id": 5 }""",
            """{ "resourceType": "Patient", "id": "p2", "meta": [{ "lastUpdated": "2026-03-02T08:00:00Z" }] }"""));

        Assert.That(items, Is.EqualTo(new[]
        {
            FhirItem.Unreadable(1, new FhirProblem("Patient",
                "bukan resource FHIR R4 yang sah: Expected property to be a id, but found a Int32.")),
            FhirItem.Unreadable(2, new FhirProblem("Patient/p2",
                "bukan resource FHIR R4 yang sah: Expected property to be a single Meta, but found a collection of Meta.")),
        }));
    }

    [Test]
    public void A_file_of_another_kind_cannot_be_read()
    {
        var path = folder["catatan.txt"];
        File.WriteAllText(path, SatuSehat.Patient());

        Assert.That(() => FhirFileReader.Read(path, "P1/fhir/" + Path.GetFileName(path)), Throws.TypeOf<UnreadableFileException>()
            .With.Message.EqualTo("Berkas FHIR harus berakhiran .json atau .ndjson."));
    }
}
