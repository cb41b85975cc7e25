using System.Net;
using Answer = Pws.Etl.Tests.Sources.Fhir.FhirTestServer.Answer;
using Pws.Etl.Sources.Fhir;

namespace Pws.Etl.Tests.Sources.Fhir;

public sealed class FhirServerClientTests
{
    private const string FirstObservationPage = "/fhir/Observation?_count=2&_include=Observation:subject";

    private FhirTestServer server = null!;
    private HttpClient http = null!;

    [SetUp]
    public void Start()
    {
        server = new FhirTestServer();
        http = new HttpClient();
    }

    [TearDown]
    public void Stop()
    {
        http.Dispose();
        server.Dispose();
    }

    private FhirServerClient Client(int maxAttempts = 3, int idBatchSize = 50, TimeSpan? timeout = null) =>
        new(http, server.BaseUrl, new FhirServerOptions
        {
            PageSize = 2,
            IdBatchSize = idBatchSize,
            MaxAttempts = maxAttempts,
            BaseDelay = TimeSpan.FromMilliseconds(5),
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
        });

    private static async Task<List<string>> Labels(FhirServerPull pull)
    {
        var labels = new List<string>();
        await foreach (var item in pull) labels.Add(item.Entry?.Label ?? "!" + item.Problem!.ResourceId);
        return labels;
    }

    /// <summary>A search result page as a HAPI-like server writes it.</summary>
    private string SearchSet(string? next, params string[] resources)
    {
        var links = next is null ? "" : $$""", { "relation": "next", "url": "{{next}}" }""";
        var entries = resources.Select(r =>
            $$"""{ "resource": {{r}}, "search": { "mode": "{{(r.Contains("\"Patient\"") ? "include" : "match")}}" } }""");
        return $$"""
            { "resourceType": "Bundle", "id": "{{Guid.NewGuid()}}", "meta": { "lastUpdated": "2026-03-05T10:00:00Z" }, "type": "searchset",
              "link": [{ "relation": "self", "url": "{{server.BaseUrl}}/Observation?_count=2" }{{links}}],
              "entry": [{{string.Join(",", entries)}}] }
            """;
    }

    private static string Patient(string id, string lastUpdated = "2026-03-02T08:15:30.123+07:00") =>
        SatuSehat.Patient(id: id, lastUpdated: lastUpdated);

    private static string Observation(string id, string patient, string lastUpdated = "2026-03-02T09:12:41.517+07:00") =>
        SatuSehat.Observation(id: id, subject: $"Patient/{patient}", lastUpdated: lastUpdated);

    [Test]
    public async Task Observations_are_paged_through_next_links_followed_exactly_as_given()
    {
        var second = $"/fhir?_getpages=5f1a%2B9c&_getpagesoffset=2&_count=2&_pretty=true&_bundletype=searchset";
        var third = $"/fhir?_getpages=5f1a%2B9c&_getpagesoffset=4&_count=2&_pretty=true&_bundletype=searchset";
        server.On(FirstObservationPage, Answer.Ok(SearchSet($"http://127.0.0.1:{server.Port}{second}",
            Observation("o1", "p1"), Observation("o2", "p1"), Patient("p1"))));
        server.On(second, Answer.Ok(SearchSet($"http://127.0.0.1:{server.Port}{third}",
            Observation("o3", "p2"), Observation("o4", "p2"), Patient("p2"))));
        server.On(third, Answer.Ok(SearchSet(null, Observation("o5", "p1"), Patient("p1"))));

        var labels = await Labels(Client().Pull(null));

        Assert.Multiple(() =>
        {
            Assert.That(labels, Is.EqualTo(new[]
            {
                "Observation/o1", "Observation/o2", "Patient/p1", "Observation/o3", "Observation/o4", "Patient/p2", "Observation/o5",
            }));
            Assert.That(server.Paths, Is.EqualTo(new[] { FirstObservationPage, second, third }));
            Assert.That(server.Requests.Select(r => r.Accept), Is.All.EqualTo("application/fhir+json"));
        });
    }

    [Test]
    public async Task A_subject_the_server_did_not_include_is_fetched_by_id_in_batches_and_else_read()
    {
        server.On(FirstObservationPage, Answer.Ok(SearchSet(null,
            Observation("o1", "p2"), Observation("o2", "p3"), Observation("o3", "p1"), Observation("o4", "p4"), Patient("p1"))));
        server.On("/fhir/Patient?_id=p2,p3&_count=2", Answer.Ok(SearchSet(null, Patient("p2"))));
        server.On("/fhir/Patient?_id=p4&_count=1", Answer.Ok(SearchSet(null)));
        server.On("/fhir/Patient/p3", Answer.Ok(Patient("p3")));

        var pull = Client(idBatchSize: 2).Pull(null);
        var labels = await Labels(pull);

        Assert.Multiple(() =>
        {
            Assert.That(labels, Is.EqualTo(new[]
            {
                "Observation/o1", "Observation/o2", "Observation/o3", "Observation/o4", "Patient/p1", "Patient/p2", "Patient/p3",
            }));
            Assert.That(server.Paths, Is.EqualTo(new[]
            {
                FirstObservationPage, "/fhir/Patient?_id=p2,p3&_count=2", "/fhir/Patient?_id=p4&_count=1", "/fhir/Patient/p3", "/fhir/Patient/p4",
            }));
            Assert.That(pull.UnresolvedPatientIds, Is.EqualTo(new[] { "p4" }));
        });
    }

    [Test]
    public async Task The_watermark_is_asked_for_with_ge_in_UTC_and_the_highest_last_updated_of_matched_resources_is_exposed()
    {
        var since = "_lastUpdated=ge2026-03-01T03:00:00.123Z";
        server.On($"/fhir/Patient?{since}&_count=2", Answer.Ok(SearchSet(null, Patient("p1", lastUpdated: "2026-03-02T01:00:00Z"))));
        server.On($"/fhir/Observation?{since}&_count=2&_include=Observation:subject", Answer.Ok(SearchSet(null,
            Observation("o1", "p1", lastUpdated: "2026-03-02T08:30:00.2500000+07:00"),
            Observation("o2", "p2", lastUpdated: "2026-03-02T09:00:00+08:00"),
            Patient("p2", lastUpdated: "2026-03-02T05:00:00Z"))));

        var pull = Client().Pull(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(7)).AddTicks(1234567));
        var labels = await Labels(pull);

        Assert.Multiple(() =>
        {
            Assert.That(labels, Is.EqualTo(new[] { "Patient/p1", "Observation/o1", "Observation/o2", "Patient/p2" }));
            Assert.That(pull.HighestLastUpdated, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 1, 30, 0, 250, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task A_pull_that_reads_nothing_has_no_new_watermark()
    {
        server.On(FirstObservationPage, Answer.Ok(SearchSet(null)));

        var pull = Client().Pull(null);

        Assert.That(await Labels(pull), Is.Empty);
        Assert.That(pull.HighestLastUpdated, Is.Null);
    }

    [TestCase(503)]
    [TestCase(429)]
    [TestCase(500)]
    public async Task A_transient_failure_is_retried_and_the_pull_goes_on(int status)
    {
        server.On(FirstObservationPage, new Answer(status, "<html>sibuk</html>"),
            Answer.Ok(SearchSet(null, Observation("o1", "p1"), Patient("p1"))));

        var labels = await Labels(Client().Pull(null));

        Assert.That(labels, Is.EqualTo(new[] { "Observation/o1", "Patient/p1" }));
        Assert.That(server.Paths, Is.EqualTo(new[] { FirstObservationPage, FirstObservationPage }));
    }

    [Test]
    public async Task A_request_that_times_out_is_retried()
    {
        server.On(FirstObservationPage, new Answer(200, SearchSet(null), TimeSpan.FromSeconds(3)),
            Answer.Ok(SearchSet(null, Observation("o1", "p1"), Patient("p1"))));

        var labels = await Labels(Client(timeout: TimeSpan.FromMilliseconds(300)).Pull(null));

        Assert.That(labels, Is.EqualTo(new[] { "Observation/o1", "Patient/p1" }));
        Assert.That(server.Paths, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_server_that_stays_unavailable_fails_after_the_configured_attempts()
    {
        server.On(FirstObservationPage, new Answer(503, ""));

        var e = Assert.ThrowsAsync<FhirServerException>(() => Labels(Client(maxAttempts: 3).Pull(null)))!;

        Assert.That(e.Message, Is.EqualTo($"Server FHIR gagal dihubungi untuk {server.BaseUrl}{FirstObservationPage[5..]} "
            + "setelah 3 percobaan (terakhir: 503 ServiceUnavailable)"));
        Assert.That(server.Paths, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_server_that_cannot_be_reached_fails_after_the_configured_attempts()
    {
        var nowhere = new Uri($"http://127.0.0.1:{Pws.Testing.FreePort.Next()}/fhir");
        var client = new FhirServerClient(http, nowhere, new FhirServerOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(5) });

        var e = Assert.ThrowsAsync<FhirServerException>(() => Labels(client.Pull(null)))!;

        Assert.That(e.Message, Does.StartWith($"Server FHIR gagal dihubungi untuk {nowhere}/Observation?_count=100&_include=Observation:subject setelah 2 percobaan (terakhir: "));
        Assert.That(e.Status, Is.Null);
    }

    [Test]
    public void A_404_fails_the_pull_at_once_naming_the_URL_and_status()
    {
        var e = Assert.ThrowsAsync<FhirServerException>(() => Labels(Client().Pull(null)))!;

        Assert.Multiple(() =>
        {
            Assert.That(e.Message, Is.EqualTo($"Server FHIR menjawab 404 NotFound untuk {server.BaseUrl}{FirstObservationPage[5..]}"));
            Assert.That(e.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(server.Paths, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void A_next_link_back_to_a_page_already_read_fails_instead_of_looping()
    {
        server.On(FirstObservationPage, Answer.Ok(SearchSet($"{server.BaseUrl}/Observation?_count=2&_include=Observation:subject")));

        var e = Assert.ThrowsAsync<FhirServerException>(() => Labels(Client().Pull(null)))!;

        Assert.That(e.Message, Is.EqualTo($"Server FHIR mengulang halaman yang sama: {server.BaseUrl}{FirstObservationPage[5..]}"));
    }

    [Test]
    public void An_answer_that_is_not_FHIR_JSON_fails_the_pull()
    {
        server.On(FirstObservationPage, Answer.Ok("<html>Login</html>"));

        var e = Assert.ThrowsAsync<FhirServerException>(() => Labels(Client().Pull(null)))!;

        Assert.That(e.Message, Does.StartWith($"Jawaban server FHIR untuk {server.BaseUrl}{FirstObservationPage[5..]} bukan JSON FHIR: "));
    }
}
