using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pws.Dashboard.Tests.Browser;
using Pws.Reports.Definitions;
using Pws.Reports.Templat;

namespace Pws.Dashboard.Tests.Security;

/// <summary>A careless or hostile user edits the address: every GET route the app maps (read from its endpoints, so a
/// new route is walked without touching this test), every report of the registry, every filter a page, an API call or a
/// download reads, each alone with each garbage value, as an admin and as a kepala puskesmas. Nothing answers 500; a
/// filter a route reads answers every garbage value with 400 and Indonesian words naming it.</summary>
[NonParallelizable]
public sealed partial class GarbageInputTests
{
    private const string DesaSalem = "33.29.01.2001";

    private static readonly string[] Filters =
    [
        "tahun", "sampai-bulan", "periode", "tingkat", "per", "indikator", "kegiatan", "puskesmas", "induk", "kabkota", "klaster",
        "lapisan", "dari", "sampai", "pengguna", "peristiwa", "halaman", "ukuran",
    ];

    /// <summary>Filters whose garbage may still be well formed (a name, a code that only the warehouse can deny).</summary>
    private static readonly HashSet<string> OpenFilters = ["pengguna", "puskesmas", "induk", "kegiatan"];

    /// <summary>Letters and an unknown choice, negative, huge, empty, long, a NUL, a quote.</summary>
    private static readonly string[] Garbage = ["abc", "-1", "99999999999", "", new string('x', 5000), "%00", "'"];

    /// <summary>The filters every report reads through <see cref="ReportRequest"/>: a route that reads one reads all.</summary>
    private static readonly string[] ReportFilters = ["tahun", "sampai-bulan", "periode", "tingkat", "per", "kabkota"];

    /// <summary>What the README promises some routes read beyond the report filters.</summary>
    private static readonly Dictionary<string, string[]> Reads = new()
    {
        ["/pws"] = ["indikator"], ["/api/pws"] = ["indikator"], ["/ekspor/pws.csv"] = ["indikator"], ["/ekspor/pws.xlsx"] = ["indikator"],
        ["/ekspor/pws.png"] = ["indikator"], ["/jangkauan"] = ["klaster"], ["/peta"] = ["lapisan"],
        ["/jejak-audit"] = ["dari", "sampai", "peristiwa"], ["/ekspor/jejak-audit.csv"] = ["dari", "sampai", "peristiwa"],
    };

    private DashboardApp app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        app = new DashboardApp();
        _ = app.BaseUrl;
    }

    [OneTimeTearDown]
    public async Task Stop() => await app.DisposeAsync();

    [Test]
    public async Task Garbage_in_any_filter_or_route_value_answers_400_with_words_never_500()
    {
        var paths = Paths();
        Assert.That(paths, Does.Contain("/spm").And.Contain("/api/spm").And.Contain("/ekspor/skrining.xlsx").And.Contain("/jejak-audit"));
        var failures = new ConcurrentQueue<string>();
        using var gate = new SemaphoreSlim(4);
        foreach (var nama in new[] { "admin", "kapus-P3329010101" })
        {
            using var client = await app.SignedInClient(nama);
            await Task.WhenAll(paths.Select(path => Walk(client, gate, nama, path, failures)));
        }

        TestContext.Out.WriteLine($"{paths.Count} routes: {string.Join(" ", paths)}");
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(40)));
    }

    /// <summary>One route: the filters alone with each garbage value, and its route value when it has one.</summary>
    private static async Task Walk(HttpClient client, SemaphoreSlim gate, string nama, string path, ConcurrentQueue<string> failures)
    {
        async Task<(HttpStatusCode Status, string Body)> Get(string url)
        {
            await gate.WaitAsync();
            try
            {
                using var response = await client.GetAsync(url);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            finally
            {
                gate.Release();
            }
        }

        var (baseline, _) = await Get(path);
        if ((int)baseline >= 500) failures.Enqueue($"{nama} {path}: {(int)baseline}");
        var readsReportFilters = (await Get($"{path}?tahun=abc")).Status == HttpStatusCode.BadRequest;
        var mustRead = (readsReportFilters ? ReportFilters : []).Concat(Reads.GetValueOrDefault(path, [])).ToHashSet();
        // The filters the route need not read, all at once: answered as the plain route, none of them is read, and their
        // other values would be answered alike; otherwise each is tried alone.
        var others = Filters.Where(f => !mustRead.Contains(f) && !OpenFilters.Contains(f)).ToList();
        var unread = (await Get($"{path}?{string.Join("&", others.Select(f => $"{f}=abc"))}")).Status != HttpStatusCode.BadRequest;
        // A workbook or chart reads its filters through the same parser as its report's CSV and API, which get every
        // garbage value: here one proves the shared parsing without drawing a workbook per value.
        var draws = path.EndsWith(".xlsx", StringComparison.Ordinal) || path.EndsWith(".png", StringComparison.Ordinal);
        foreach (var filter in Filters.Where(f => !unread || !others.Contains(f)))
        {
            var probe = await Get($"{path}?{filter}=abc");
            var reads = mustRead.Contains(filter) || OpenFilters.Contains(filter) || probe.Status == HttpStatusCode.BadRequest;
            foreach (var value in reads && !draws ? Garbage : ["abc"])
            {
                var url = $"{path}?{filter}={(value == "%00" ? value : Uri.EscapeDataString(value))}";
                var (status, body) = value == "abc" ? probe : await Get(url);
                Check(nama, url, filter, status, body, mustBeBad: value.Length > 0 && reads && !OpenFilters.Contains(filter), failures);
            }
        }
        if (path.StartsWith("/desa/", StringComparison.Ordinal) || path.StartsWith("/api/desa/", StringComparison.Ordinal))
            foreach (var value in Garbage.Where(v => v.Length > 0 && v != "%00"))
            {
                var url = path.Replace(DesaSalem, Uri.EscapeDataString(value), StringComparison.Ordinal);
                var (status, body) = await Get(url);
                Check(nama, url, "kode", status, body, mustBeBad: true, failures);
            }
    }

    private static void Check(string nama, string url, string filter, HttpStatusCode status, string body, bool mustBeBad,
        ConcurrentQueue<string> failures)
    {
        var shown = url.Length > 120 ? url[..120] + "…" : url;
        if ((int)status >= 500) failures.Enqueue($"{nama} {shown}: {(int)status}");
        else if (status == HttpStatusCode.BadRequest && !Explains(body, filter))
            failures.Enqueue($"{nama} {shown}: 400 without Indonesian words naming {filter}: {body[..Math.Min(body.Length, 200)]}");
        // A refusal (403, or the redirect to /ditolak) may come first for a kepala puskesmas: never a quiet answer.
        else if (mustBeBad && status is not (HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.Redirect))
            failures.Enqueue($"{nama} {shown}: {(int)status} for a bad {filter}, not 400");
    }

    /// <summary>The message names the filter with a word of Bahasa Indonesia; a page shows it in its alert.</summary>
    private static bool Explains(string body, string filter)
    {
        var message = body.Contains("galat-saringan", StringComparison.Ordinal) ? AlertText().Match(body).Groups[1].Value : body;
        return message.Contains(filter, StringComparison.Ordinal) && IndonesianWords().IsMatch(message);
    }

    /// <summary>Every GET route of the app with its route values filled: each report for {laporan}, a village for {kode}, each
    /// template for {jenis}, a profile for {berkas}.</summary>
    private List<string> Paths()
    {
        var reports = app.Services.GetRequiredService<ReportRegistry>().Names.ToList();
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            // The framework's own (the circuit hub, static files, Hangfire's catch-all), not the product's routes.
            .Where(p => !p.StartsWith("/_", StringComparison.Ordinal) && !p.Contains("{*", StringComparison.Ordinal)
                        && (p.StartsWith("/ekspor/", StringComparison.Ordinal) || !p.Split('/')[^1].Contains('.')))
            .Distinct();
        var paths = new List<string>();
        foreach (var pattern in patterns)
        {
            var names = RouteValue().Matches(pattern).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().ToList();
            if (names.Count == 0) paths.Add(pattern);
            else if (names is ["laporan"]) paths.AddRange(reports.Select(r => RouteValue().Replace(pattern, r)));
            else if (names is ["kode"]) paths.Add(RouteValue().Replace(pattern, DesaSalem));
            else if (names is ["jenis"]) paths.AddRange(JenisTemplat.Semua.Select(j => RouteValue().Replace(pattern, j.Nama)));
            else if (names is ["berkas"]) paths.Add(RouteValue().Replace(pattern, "simpus.yaml"));
            else Assert.Fail($"Route {pattern}: teach this test a value for {string.Join(", ", names)}.");
        }
        return paths.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\??\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex(@"data-testid=""galat-saringan"".*?mud-alert-message[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex AlertText();

    [GeneratedRegex(@"\b(bukan|di luar|tidak|terlalu|memuat|sesudah|belum|isi|pilih)\b")]
    private static partial Regex IndonesianWords();
}
