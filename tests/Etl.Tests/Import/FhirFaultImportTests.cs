using Pws.Etl.Import;
using Pws.Etl.Tests.Sources.Fhir;
using Pws.Testing;
using static Pws.Etl.Tests.Sources.Fhir.SatuSehat;
using Answer = Pws.Etl.Tests.Sources.Fhir.FhirTestServer.Answer;

namespace Pws.Etl.Tests.Import;

/// <summary>A puskesmas FHIR server that misbehaves on the night's pull: after the retries its source is
/// recorded as failed with the reason, the other puskesmas load, and its watermark stays where it was.</summary>
public sealed class FhirFaultImportTests
{
    private const string FirstPull = "/fhir/Observation?_count=100&_include=Observation:subject";
    private const string Since = "_lastUpdated=ge2026-03-02T02:07:41.517Z";
    private TestWarehouse warehouse = null!;
    private FhirTestServer server = null!;

    [SetUp]
    public void Create()
    {
        warehouse = new TestWarehouse();
        warehouse.Settings = warehouse.Settings with { FhirPull = new() { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(20), RequestTimeout = TimeSpan.FromMilliseconds(500) } };
        server = new FhirTestServer();
    }

    [TearDown]
    public void Delete()
    {
        server.Dispose();
        warehouse.Dispose();
    }

    private static string Page(string? next, params string[] resources) => $$"""
        { "resourceType": "Bundle", "type": "searchset",
          "link": [{{(next is null ? "" : $$"""{ "relation": "next", "url": "{{next}}" }""")}}],
          "entry": [{{string.Join(",", resources.Select(r => $$"""{ "resource": {{r}} }"""))}}] }
        """;

    private static IEnumerable<TestCaseData> Faults()
    {
        yield return new TestCaseData(new Answer(500, "<html>galat</html>"), "500").SetName("A server answering 500");
        yield return new TestCaseData(new Answer(200, Page(null), TimeSpan.FromSeconds(3)), "tidak ada jawaban").SetName("A server timing out");
        yield return new TestCaseData(Answer.Ok("{ \"resourceType\": \"Bundle\", \"entry\": [ { "), "bukan JSON FHIR").SetName("A server sending malformed JSON");
        yield return new TestCaseData(Answer.Ok(Page("http://127.0.0.1:1/fhir/rusak?page=2", Observation("obs-dia-1", "8462-4", "95"))), "gagal dihubungi")
            .SetName("A server whose next link is broken");
    }

    [TestCaseSource(nameof(Faults))]
    public void A_failing_pull_is_recorded_with_its_reason_the_others_load_and_the_watermark_stays(Answer fault, string reason)
    {
        server.On(FirstPull, Answer.Ok(Page(null, Observation("obs-sys-1", "8480-6", "150"), Patient())));
        var fhir = ImportSources.Parse($"P1={server.BaseUrl}", warehouse.Inbox);
        warehouse.Import(fhir);
        var watermark = warehouse.Query<string>("SELECT last_updated FROM fhir_watermark").Single();

        server.On($"/fhir/Patient?{Since}&_count=100", fault);
        server.On($"/fhir/Observation?{Since}&_count=100&_include=Observation:subject", fault);
        warehouse.NewInbox().File("P2/kunjungan_2026.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2026-03-01", "P2", "3329020101900001", "33.29.02.2001"));
        var night = warehouse.Import(fhir);

        var failed = night.Failed.Single();
        Assert.That(failed.Source.Label, Does.StartWith("FHIR P1"));
        Assert.That(failed.Error, Does.Contain(reason));
        Assert.That(warehouse.Query<string>("SELECT status || ' ' || coalesce(pesan_galat, '') FROM etl_run WHERE jenis_sumber = 'FHIR' ORDER BY id_run DESC LIMIT 1").Single(),
            Does.StartWith("GAGAL ").And.Contain(reason));
        Assert.That(warehouse.Query<string>("SELECT id_kunjungan FROM kunjungan"), Is.EqualTo(new[] { "K-1" }), "the other puskesmas loads");
        Assert.That(warehouse.Query<string>("SELECT last_updated FROM fhir_watermark").Single(), Is.EqualTo(watermark));
        Assert.That(warehouse.Query<string>("SELECT id_skrining FROM skrining"), Is.EqualTo(new[] { "FHIR/P02478375538/2026-03-02" }),
            "yesterday's screening stays as it was");
    }
}
