using Pws.Etl.Import;
using Pws.Etl.Tests.Sources.Fhir;
using Pws.Testing;
using static Pws.Etl.Tests.Sources.Fhir.SatuSehat;

namespace Pws.Etl.Tests.Import;

/// <summary>FHIR resources through the real import: from a puskesmas' fhir/ folder and from its server.</summary>
public sealed class FhirImportTests
{
    private TestWarehouse warehouse = null!;

    [SetUp] public void Create() => warehouse = new TestWarehouse();
    [TearDown] public void Delete() => warehouse.Dispose();

    private List<string> Screenings() => warehouse.Query<string>(
        "SELECT concat_ws('|', kode_puskesmas, id_skrining, strftime(tanggal, '%Y-%m-%d'), kode_desa, " +
        "coalesce(CAST(sistolik AS VARCHAR), ''), coalesce(CAST(diastolik AS VARCHAR), ''), coalesce(CAST(gula_darah_sewaktu AS VARCHAR), '')) " +
        "FROM skrining ORDER BY id_skrining");

    [Test]
    public void Bundles_and_NDJSON_in_the_fhir_folder_become_one_screening_per_patient_and_day()
    {
        warehouse.NewInbox()
            .File("P1/fhir/bundle.json", Bundle(Patient(), Observation("obs-sys-1", "8480-6", "150"), Observation("obs-dia-1", "8462-4", "95"),
                Observation("obs-berat", "29463-7", "60", "kg"), Observation("obs-pre", status: "preliminary")))
            .File("P1/fhir/pasien.ndjson",
                Line(Patient("P2", nikValue: "################", village: "3329012002", birthDate: "1950-06-01")),
                Line(Observation("obs-gds", "2339-0", "250", "mg/dL", subject: "Patient/P2")),
                "{ bukan json",
                Line(Patient("P3", village: "3329999999")))
            .File("P1/kunjungan_2026.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2026-02-01", "P1", Nik, "33.29.01.2001"));

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(Screenings(), Is.EqualTo(new[]
            {
                "P1|FHIR/P02478375538/2026-03-02|2026-03-02|33.29.01.2001|150.0|95.0|",
                "P1|FHIR/P2/2026-03-02|2026-03-02|33.29.01.2002|||250.0",
            }));
            Assert.That(warehouse.Query<string>("SELECT concat_ws('|', sumber, coalesce(baris, 0), kolom) FROM karantina ORDER BY sumber, baris"),
                Is.EqualTo(new[] { "P1/fhir/pasien.ndjson|3|baris 3", "P1/fhir/pasien.ndjson|4|Patient/P3" }));
            Assert.That(summary.Sources.Sum(s => s.SkippedByStatus), Is.EqualTo(1), "a preliminary observation");
            Assert.That(summary.Sources.Sum(s => s.SkippedOtherCode), Is.EqualTo(1), "body weight");
            Assert.That(summary.ToString(), Does.Contain("1 observasi FHIR dilewati karena statusnya bukan final")
                .And.Contain("1 sumber daya FHIR dilewati karena bukan ukuran skrining"));
            // The FHIR patient with the NIK is the same person as in the visit file.
            Assert.That(warehouse.Query<long>("SELECT count(DISTINCT id_orang) FROM (SELECT id_orang FROM kunjungan UNION ALL " +
                "SELECT id_orang FROM skrining WHERE id_skrining LIKE 'FHIR/P0%')").Single(), Is.EqualTo(1));
            Assert.That(warehouse.Query<long>("SELECT kumulatif FROM mart_capaian WHERE kode_indikator = 'SPM07' AND kode_desa = '33.29.01.2002' AND tahun = 2026 AND bulan = 3").Single(),
                Is.EqualTo(1));
        });
    }

    [Test]
    public void A_server_is_pulled_from_its_watermark_and_a_days_measurements_are_joined_across_pulls()
    {
        using var server = new FhirTestServer();
        string Page(params string[] resources) => $$"""
            { "resourceType": "Bundle", "type": "searchset", "entry": [{{string.Join(",", resources.Select(r => $$"""{ "resource": {{r}} }"""))}}] }
            """;
        server.On("/fhir/Observation?_count=100&_include=Observation:subject",
            FhirTestServer.Answer.Ok(Page(Observation("obs-sys-1", "8480-6", "150"), Patient())));
        var source = ImportSources.Parse($"P1={server.BaseUrl}", warehouse.Inbox);

        warehouse.Import(source);
        Assert.That(Screenings(), Is.EqualTo(new[] { "P1|FHIR/P02478375538/2026-03-02|2026-03-02|33.29.01.2001|150.0||" }));
        var watermark = warehouse.Query<string>("SELECT last_updated FROM fhir_watermark").Single();
        Assert.That(DateTimeOffset.Parse(watermark), Is.EqualTo(DateTimeOffset.Parse("2026-03-02T09:12:41.517+07:00")));

        // The next pull asks from the watermark (less a safety margin) and brings the diastolic of the same visit.
        const string since = "_lastUpdated=ge2026-03-02T02:07:41.517Z";
        server.On($"/fhir/Patient?{since}&_count=100", FhirTestServer.Answer.Ok(Page()));
        server.On($"/fhir/Observation?{since}&_count=100&_include=Observation:subject", FhirTestServer.Answer.Ok(Page(
            Observation("obs-dia-1", "8462-4", "95", lastUpdated: "2026-03-03T10:00:00+07:00"), Patient())));
        warehouse.Import(source);

        Assert.That(Screenings(), Is.EqualTo(new[] { "P1|FHIR/P02478375538/2026-03-02|2026-03-02|33.29.01.2001|150.0|95.0|" }));
        Assert.That(DateTimeOffset.Parse(warehouse.Query<string>("SELECT last_updated FROM fhir_watermark").Single()),
            Is.EqualTo(DateTimeOffset.Parse("2026-03-03T10:00:00+07:00")));
    }

    [Test]
    public void A_puskesmas_sending_by_folder_and_by_server_keeps_what_its_server_sent_as_one_source_after_another_would()
    {
        using var server = new FhirTestServer();
        server.On("/fhir/Observation?_count=100&_include=Observation:subject", FhirTestServer.Answer.Ok($$"""
            { "resourceType": "Bundle", "type": "searchset", "entry": [{ "resource": {{Patient("P7", village: "3329012002")}} }] }
            """));
        warehouse.NewInbox()
            .File("P0/kunjungan_2026-03.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2026-03-02", "P0", Nik, "33.29.01.2001"))
            .File("P1/fhir/2026-03.json", Bundle(
                [Patient("P7", village: "3329012001"), .. Enumerable.Range(1, 2000).Select(i => Observation($"o-{i}", subject: "Patient/P7"))]));

        var summary = warehouse.Import(ImportSources.Parse($"P1={server.BaseUrl}", warehouse.Inbox));

        Assert.That(summary.Sources.Select(s => s.Source.Label), Is.EqualTo(new[] { "folder P0", "folder P1", $"FHIR P1 {server.BaseUrl}" }));
        Assert.That(Screenings(), Is.EqualTo(new[] { "P1|FHIR/P7/2026-03-02|2026-03-02|33.29.01.2002|135.0||" }),
            "the folder, read longer, merges first; the server's patient, merged after it, is the one kept");
    }

    [Test]
    public void A_patient_twice_in_one_pull_loads_and_a_rejected_update_withdraws_the_old_value_and_is_quarantined_under_its_URL()
    {
        using var server = new FhirTestServer();
        string Page(params string[] resources) => $$"""
            { "resourceType": "Bundle", "type": "searchset", "entry": [{{string.Join(",", resources.Select(r => $$"""{ "resource": {{r}} }"""))}}] }
            """;
        server.On("/fhir/Observation?_count=100&_include=Observation:subject", FhirTestServer.Answer.Ok(Page(
            Observation("obs-sys-1", "8480-6", "150"), Patient(), Observation("obs-dia-1", "8462-4", "95"),
            Patient(lastUpdated: "2026-03-02T09:30:00+07:00"))));
        var source = ImportSources.Parse($"P1={server.BaseUrl}", warehouse.Inbox);

        var first = warehouse.Import(source);
        Assert.That(first.Failed, Is.Empty);
        Assert.That(Screenings(), Is.EqualTo(new[] { "P1|FHIR/P02478375538/2026-03-02|2026-03-02|33.29.01.2001|150.0|95.0|" }));

        // The systolic reading is corrected to an impossible value: it is quarantined, and no longer counts.
        const string since = "_lastUpdated=ge2026-03-02T02:07:41.517Z";
        server.On($"/fhir/Patient?{since}&_count=100", FhirTestServer.Answer.Ok(Page()));
        server.On($"/fhir/Observation?{since}&_count=100&_include=Observation:subject", FhirTestServer.Answer.Ok(Page(
            Observation("obs-sys-1", "8480-6", "999", lastUpdated: "2026-03-03T10:00:00+07:00"), Patient())));
        warehouse.Import(source);

        Assert.That(Screenings(), Is.EqualTo(new[] { "P1|FHIR/P02478375538/2026-03-02|2026-03-02|33.29.01.2001||95.0|" }));
        Assert.That(warehouse.Query<string>("SELECT sumber || ' ' || kolom FROM karantina"),
            Is.EqualTo(new[] { $"{server.BaseUrl}/Observation/obs-sys-1 Observation/obs-sys-1" }));
    }

    [Test]
    public void A_failing_server_is_recorded_as_failed_keeps_its_watermark_and_the_other_puskesmas_still_load()
    {
        using var server = new FhirTestServer();
        warehouse.NewInbox().File("P2/kunjungan_2026.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2026-03-01", "P2", Nik, "33.29.02.2001"));

        var summary = warehouse.Import(ImportSources.Parse($"P1={server.BaseUrl}", warehouse.Inbox));

        Assert.That(summary.Failed.Select(s => s.Source.KodePuskesmas), Is.EqualTo(new[] { "P1" }));
        Assert.That(warehouse.Query<string>("SELECT kode_puskesmas || ':' || status FROM etl_run ORDER BY id_run"),
            Is.EqualTo(new[] { "P2:BERHASIL", "P1:GAGAL" }));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM fhir_watermark").Single(), Is.EqualTo(0));
        Assert.That(warehouse.Query<long>("SELECT kumulatif FROM mart_capaian WHERE kode_indikator = 'K1' AND kode_desa = '33.29.02.2001' AND tahun = 2026 AND bulan = 3").Single(),
            Is.EqualTo(1));
    }

    [Test]
    public void Patients_in_every_published_shape_of_the_village_code_load_and_none_is_quarantined()
    {
        warehouse.NewInbox().File("P1/fhir/pasien.json", Bundle(
            Patient("A", nikValue: "3329014501800011", province: "33", city: "3329", district: "332901", village: "3329012001"),
            Patient("B", nikValue: "3329014501800012", province: "33", city: "29", district: "01", village: "2001"),
            Patient("C", nikValue: "3329014501800013", province: "33", city: "29", district: "1", village: "2002"),
            Patient("D", nikValue: "3329014501800014", province: "33", city: "3329", district: "332901", village: "2003"),
            Patient("E", nikValue: "3329014501800015", province: null, city: null, district: null, village: "3329022001"),
            Patient("F", nikValue: "3329014501800016", province: "33", city: "29", district: "332902", village: "3329022001"),
            Observation("o-A", subject: "Patient/A"), Observation("o-B", subject: "Patient/B"), Observation("o-C", subject: "Patient/C"),
            Observation("o-D", subject: "Patient/D"), Observation("o-E", subject: "Patient/E"), Observation("o-F", subject: "Patient/F")));

        var summary = warehouse.Import();

        Assert.That(warehouse.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
        Assert.That(warehouse.Query<string>("SELECT id_pasien || ' ' || kode_desa FROM fhir_pasien ORDER BY id_pasien"), Is.EqualTo(new[]
        {
            "A 33.29.01.2001", "B 33.29.01.2001", "C 33.29.01.2002", "D 33.29.01.2003", "E 33.29.02.2001", "F 33.29.02.2001",
        }));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM skrining").Single(), Is.EqualTo(6));
        Assert.That(summary.ToString(), Does.Contain("0 observasi menunggu Patient"));
    }

    [Test]
    public void Observations_waiting_for_their_Patient_are_told_in_the_summary_listed_per_puskesmas_and_join_up_when_it_arrives()
    {
        warehouse.NewInbox().File("P1/fhir/2026-03.json", Bundle(
            Observation("o-1", subject: "Patient/BELUM", effective: "2026-03-05T08:00:00+07:00"),
            Observation("o-2", "8462-4", "85", subject: "Patient/BELUM", effective: "2026-03-02T08:00:00+07:00"),
            Patient("SALAH", village: "3329999999"),
            Observation("o-3", subject: "Patient/SALAH")));

        var first = warehouse.Import();

        Assert.That(first.ToString(), Does.Contain("3 observasi menunggu Patient (P1: 3)"));
        Assert.That(first.ObservationsWaiting, Is.EqualTo(new[] { ("P1", 3L) }));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM skrining").Single(), Is.Zero);

        warehouse.NewInbox().File("P1/fhir/2026-04.json", Bundle(Patient("BELUM", nikValue: "3329014501800021")));
        var second = warehouse.Import();

        Assert.That(second.ToString(), Does.Contain("1 observasi menunggu Patient (P1: 1)"));
        Assert.That(warehouse.Query<string>("SELECT id_skrining FROM skrining ORDER BY 1"),
            Is.EqualTo(new[] { "FHIR/BELUM/2026-03-02", "FHIR/BELUM/2026-03-05" }));
    }

    [Test]
    public void A_patient_sent_again_with_next_years_readings_rebuilds_only_next_years_marts_until_the_patient_moves()
    {
        warehouse.NewInbox().File("P1/fhir/2025.json", Bundle(Patient("P7", village: "3329012001"),
            Observation("o-2025", subject: "Patient/P7", effective: "2025-06-02T08:00:00+07:00")));
        warehouse.Import();

        warehouse.NewInbox().File("P1/fhir/2026.json", Bundle(Patient("P7", village: "3329012001"),
            Observation("o-2026", subject: "Patient/P7", effective: "2026-03-02T08:00:00+07:00")));
        var nextYear = warehouse.Import();

        warehouse.NewInbox().File("P1/fhir/pindah.json", Bundle(Patient("P7", village: "3329012002")));
        var moved = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(nextYear.YearsRebuilt, Is.EqualTo(new[] { 2026 }), "the 2025 screening is rebuilt as it was");
            Assert.That(moved.YearsRebuilt, Is.EqualTo(new[] { 2025, 2026 }));
            Assert.That(Screenings(), Is.EqualTo(new[]
            {
                "P1|FHIR/P7/2025-06-02|2025-06-02|33.29.01.2002|135.0||",
                "P1|FHIR/P7/2026-03-02|2026-03-02|33.29.01.2002|135.0||",
            }));
            Assert.That(warehouse.Query<string>("SELECT concat_ws('|', tahun, kode_desa, max(diskrining)) FROM mart_skrining " +
                                                "WHERE diskrining > 0 GROUP BY tahun, kode_desa ORDER BY tahun"),
                Is.EqualTo(new[] { "2025|33.29.01.2002|1", "2026|33.29.01.2002|1" }), "each year's screening counted in the village moved to");
        });
    }

    [Test]
    public void A_quarantined_patient_shows_its_birth_date_and_ids_and_hides_only_its_NIKs()
    {
        warehouse.NewInbox().File("P1/fhir/pasien.json", Bundle(Patient("P9", birthDate: "1980-05-24", village: "3329999999")));

        warehouse.Import();

        var isi = warehouse.Query<string>("SELECT isi FROM karantina").Single();
        Assert.That(isi, Does.Contain("\"birthDate\":\"1980-05-24\"").And.Contain("P02478375538").And.Contain("************0002"));
        Assert.That(isi, Does.Not.Contain(Nik).And.Not.Contain("3329010101800001"), "the NIK and the family card number");
    }

    private const string UrnSystolic = "urn:uuid:1f0e8a52-6c1b-4d8e-9a77-0c2b3d4e5f61";
    private const string UrnDiastolic = "urn:uuid:1f0e8a52-6c1b-4d8e-9a77-0c2b3d4e5f62";

    /// <summary>One visit's blood pressure as a published transaction bundle: every bundle reuses the same two urns.</summary>
    private static string Visit(string date, string systolic, string diastolic) => Transaction(
        (UrnSystolic, Observation("x", "8480-6", systolic, effective: $"{date}T09:10:00+07:00")),
        (UrnDiastolic, Observation("x", "8462-4", diastolic, effective: $"{date}T09:11:00+07:00")));

    private InboxBuilder FourVisits() => warehouse.NewInbox()
        .File("P1/fhir/pasien.json", Bundle(Patient()))
        .File("P1/fhir/tensi-1.json", Visit("2026-03-02", "150", "95"))
        .File("P1/fhir/tensi-2.json", Visit("2026-03-09", "145", "92"))
        .File("P1/fhir/tensi-3.json", Visit("2026-03-16", "138", "88"))
        .File("P1/fhir/tensi-4.json", Visit("2026-03-23", "132", "84"));

    private static readonly string[] FourScreenings =
    [
        "P1|FHIR/P02478375538/2026-03-02|2026-03-02|33.29.01.2001|150.0|95.0|",
        "P1|FHIR/P02478375538/2026-03-09|2026-03-09|33.29.01.2001|145.0|92.0|",
        "P1|FHIR/P02478375538/2026-03-16|2026-03-16|33.29.01.2001|138.0|88.0|",
        "P1|FHIR/P02478375538/2026-03-23|2026-03-23|33.29.01.2001|132.0|84.0|",
    ];

    [Test]
    public void Bundles_that_reuse_the_same_urn_full_urls_for_other_visits_keep_every_reading()
    {
        FourVisits();

        warehouse.Import();

        Assert.That(Screenings(), Is.EqualTo(FourScreenings));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM fhir_observasi").Single(), Is.EqualTo(8));
    }

    [Test]
    public void Reading_the_same_bundles_again_or_a_resent_copy_changes_nothing()
    {
        FourVisits();
        warehouse.Import();
        string Figures() => string.Join("\n", Screenings().Concat(warehouse.Query<string>(
            "SELECT concat_ws('|', id_observasi, ukuran, id_pasien, tanggal, nilai) FROM fhir_observasi ORDER BY ALL")));
        var before = Figures();

        // A file sorting first makes the run read every bundle again; it is the second visit sent once more.
        warehouse.NewInbox().File("P1/fhir/0-kirim-ulang.json", Visit("2026-03-09", "145", "92"));
        var again = warehouse.Import();

        Assert.That(again.Sources.Sum(s => s.RowsLoaded), Is.EqualTo(11), "every bundle was read again");
        Assert.That(Figures(), Is.EqualTo(before));
        Assert.That(Screenings(), Is.EqualTo(FourScreenings));
    }

    [Test]
    public void Patients_without_a_server_id_in_bundles_that_reuse_their_urn_stay_two_people()
    {
        const string urnPatient = "urn:uuid:7d2c9b1e-0a3f-4e5d-8c6b-1a2b3c4d5e6f";
        string Sent(string nik, string village, string date) => Transaction(
            (urnPatient, Patient("x", nikValue: nik, village: village)),
            (UrnSystolic, Observation("x", "8480-6", "150", subject: urnPatient, effective: $"{date}T09:10:00+07:00")));
        warehouse.NewInbox()
            .File("P1/fhir/kirim-1.json", Sent("3329014501800031", "3329012001", "2026-03-02"))
            .File("P1/fhir/kirim-2.json", Sent("3329014501800032", "3329012002", "2026-03-02"));

        warehouse.Import();

        Assert.That(warehouse.Query<string>("SELECT kode_desa FROM skrining ORDER BY kode_desa"),
            Is.EqualTo(new[] { "33.29.01.2001", "33.29.01.2002" }));
        Assert.That(warehouse.Query<long>("SELECT count(DISTINCT id_orang) FROM skrining").Single(), Is.EqualTo(2));
    }

    [Test]
    public void A_quarantined_resource_keeps_only_the_elements_PWS_reads_and_never_names_phones_or_streets()
    {
        warehouse.NewInbox().File("P1/fhir/pasien.json", Bundle(
            Patient("P9", village: "3329999999"),
            Observation("o-9", "8480-6", "999", subject: "Patient/P9")));

        warehouse.Import();

        var isi = warehouse.Query<string>("SELECT isi FROM karantina ORDER BY kolom");
        Assert.Multiple(() =>
        {
            Assert.That(isi, Has.Count.EqualTo(2));
            Assert.That(isi[1], Does.Contain("\"identifier\"").And.Contain("https://fhir.kemkes.go.id/id/ihs-number")
                .And.Contain("\"gender\":\"female\"").And.Contain("3329999999").And.Contain("\"lastUpdated\":\"2026-03-02T08:15:30.123+07:00\""),
                "the patient's identifiers, sex and area codes");
            Assert.That(isi[0], Does.Contain("\"valueQuantity\"").And.Contain("999").And.Contain("8480-6").And.Contain("Patient/P9")
                .And.Contain("\"effectiveDateTime\":\"2026-03-02T09:10:00+07:00\""), "the observation's code, value, time and subject");
            foreach (var text in isi)
                Assert.That(text, Does.Not.Contain("Siti Aminah").And.Not.Contain("08123456789").And.Not.Contain("Jl. Raya Bulakamba")
                    .And.Not.Contain("\"rt\"").And.Not.Contain("telecom").And.Not.Contain("Practitioner").And.Not.Contain("Brebes"));
        });
    }
}
