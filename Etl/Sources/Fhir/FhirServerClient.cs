using System.Net;
using System.Text.Json;
using Pws.Etl.Validation;

namespace Pws.Etl.Sources.Fhir;

/// <summary>A puskesmas FHIR R4 server, read over HTTP GET with JSON only, retrying what may pass by
/// itself (5xx, 429, 408, timeouts, broken connections) with exponential backoff.</summary>
/// <param name="http">Authentication, proxies and the like belong to its handler.</param>
public sealed class FhirServerClient(HttpClient http, Uri baseUrl, FhirServerOptions? options = null)
{
    /// <summary>The base URL with a trailing slash, so that relative paths land under it.</summary>
    public Uri BaseUrl { get; } = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    public FhirServerOptions Options { get; } = options ?? new FhirServerOptions();

    /// <summary>Everything changed since <paramref name="watermark"/> (everything when null); enumerate it
    /// once, then read its <see cref="FhirServerPull.HighestLastUpdated"/>.</summary>
    public FhirServerPull Pull(DateTimeOffset? watermark) => new(this, watermark);

    /// <summary>One page (a Bundle) or one resource. Null when <paramref name="notFoundIsNothing"/> and the
    /// server answers 404 or 410, as it does for a read of a deleted Patient.</summary>
    internal async Task<FhirPage?> GetAsync(Uri url, bool notFoundIsNothing, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            HttpStatusCode? status = null;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(Options.RequestTimeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.ParseAdd("application/fhir+json");
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                status = response.StatusCode;
                if (response.IsSuccessStatusCode) return Page(url, await response.Content.ReadAsStringAsync(timeout.Token));
                if (notFoundIsNothing && status is HttpStatusCode.NotFound or HttpStatusCode.Gone) return null;
                if (!IsTransient(response.StatusCode))
                    throw new FhirServerException($"Server FHIR menjawab {Describe(response.StatusCode)} untuk {url}", url, status);
                failure = Describe(response.StatusCode);
            }
            catch (HttpRequestException e)
            {
                failure = e.Message;
            }
            catch (IOException e)
            {
                failure = e.Message;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                failure = $"tidak ada jawaban dalam {Options.RequestTimeout.TotalSeconds:0.###} detik";
            }
            if (attempt >= Options.MaxAttempts)
                throw new FhirServerException(
                    $"Server FHIR gagal dihubungi untuk {url} setelah {attempt} percobaan (terakhir: {failure})", url, status);
            await Task.Delay(Options.BaseDelay * Math.Pow(2, attempt - 1), ct);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;

    private static string Describe(HttpStatusCode status) => $"{(int)status} {status}";

    private FhirPage Page(Uri url, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return new FhirPage(FhirResourceParser.Parse(root, null, null), NextLink(root));
        }
        catch (JsonException e)
        {
            throw new FhirServerException($"Jawaban server FHIR untuk {url} bukan JSON FHIR: {FieldParsers.MaskNik(e.Message)}", url);
        }
    }

    /// <summary>Taken as given (resolved against the base only if the server wrote it relative): servers
    /// put their own paging state in it, which must not be rebuilt.</summary>
    private Uri? NextLink(JsonElement root)
    {
        if (!root.TryGetProperty("link", out var links) || links.ValueKind != JsonValueKind.Array) return null;
        foreach (var link in links.EnumerateArray())
        {
            if (link.ValueKind == JsonValueKind.Object
                && link.TryGetProperty("relation", out var relation) && relation.ValueKind == JsonValueKind.String
                && relation.GetString() == "next"
                && link.TryGetProperty("url", out var next) && next.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(next.GetString()))
                return new Uri(BaseUrl, next.GetString()!);
        }
        return null;
    }
}
