using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace Pws.Etl.Sources.Fhir;

/// <summary>One incremental pull: the Patients changed since the watermark (an address may change without
/// any new Observation), the Observations changed since it with their subjects included, then the subjects
/// the server did not include, by <c>Patient?_id=a,b,c</c> and else by read. Uses only what every FHIR
/// server offers. A Patient may come more than once in different versions; the caller keeps the one with
/// the latest <c>meta.lastUpdated</c>.</summary>
public sealed partial class FhirServerPull : IAsyncEnumerable<FhirItem>
{
    private readonly FhirServerClient client;
    private readonly DateTimeOffset? watermark;
    private readonly HashSet<string> patientVersions = [];
    private readonly HashSet<string> patientIds = [];
    private readonly HashSet<string> referencedPatientIds = [];
    private readonly List<string> unresolvedPatientIds = [];

    internal FhirServerPull(FhirServerClient client, DateTimeOffset? watermark)
    {
        this.client = client;
        this.watermark = watermark;
    }

    /// <summary>The highest <c>meta.lastUpdated</c> among the resources the <c>_lastUpdated</c> searches
    /// matched, null when none had one. Store it as the source's new watermark only once the load of this
    /// pull has committed. Included and fetched Patients do not count: their timestamps say nothing about
    /// which Observations were read, and a Patient changed during the pull would otherwise lift the
    /// watermark over Observations that were not.</summary>
    public DateTimeOffset? HighestLastUpdated { get; private set; }

    /// <summary>Patients referenced by an Observation that the server no longer has (404 or 410 on read);
    /// their Observations cannot be keyed to a person.</summary>
    public IReadOnlyList<string> UnresolvedPatientIds => unresolvedPatientIds;

    public IAsyncEnumerator<FhirItem> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        Run(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private async IAsyncEnumerable<FhirItem> Run([EnumeratorCancellation] CancellationToken ct)
    {
        HighestLastUpdated = null;
        patientVersions.Clear();
        patientIds.Clear();
        referencedPatientIds.Clear();
        unresolvedPatientIds.Clear();
        var pageSize = client.Options.PageSize.ToString(CultureInfo.InvariantCulture);
        // `ge`, not `gt`: meta.lastUpdated is not unique, and a resource stamped with the same instant as the
        // last one loaded (written in that instant, or committed just after its page was read) would never
        // come back with `gt`. With `ge` the boundary resources are read again, which does no harm because
        // loading is keyed by resource id. The instant goes out in UTC with 'Z' ('+' would read as a space in
        // a query string), cut to milliseconds, the precision every server parses; cutting only widens `ge`.
        var since = watermark is { } w
            ? "_lastUpdated=ge" + w.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + "&"
            : null;

        // Without a watermark every Patient the Observations need comes through _include; the rest of the
        // server's Patients would be read for nothing.
        if (since is not null)
            await foreach (var item in Search($"Patient?{since}_count={pageSize}", "Patient", ct)) yield return item;
        await foreach (var item in Search($"Observation?{since}_count={pageSize}&_include=Observation:subject", "Observation", ct))
            yield return item;

        var missing = referencedPatientIds.Where(id => !patientIds.Contains(id)).Order(StringComparer.Ordinal).ToList();
        unresolvedPatientIds.AddRange(missing.Where(id => !FhirId().IsMatch(id)));
        var fetchable = missing.Where(id => FhirId().IsMatch(id)).ToList();
        foreach (var batch in fetchable.Chunk(client.Options.IdBatchSize))
            await foreach (var item in Search($"Patient?_id={string.Join(",", batch)}&_count={batch.Length}", null, ct))
                yield return item;
        foreach (var id in fetchable.Where(id => !patientIds.Contains(id)))
        {
            var page = await client.GetAsync(new Uri(client.BaseUrl, $"Patient/{id}"), notFoundIsNothing: true, ct);
            if (page is null) unresolvedPatientIds.Add(id);
            foreach (var item in page?.Items ?? []) if (Keep(item, null)) yield return item;
        }
    }

    /// <param name="matchedType">The type whose timestamps advance the watermark; null when none do.</param>
    private async IAsyncEnumerable<FhirItem> Search(string query, string? matchedType, [EnumeratorCancellation] CancellationToken ct)
    {
        var visited = new HashSet<string>();
        for (Uri? url = new(client.BaseUrl, query); url is not null;)
        {
            if (!visited.Add(url.AbsoluteUri))
                throw new FhirServerException($"Server FHIR mengulang halaman yang sama: {url}", url);
            var page = (await client.GetAsync(url, notFoundIsNothing: false, ct))!;
            foreach (var item in page.Items) if (Keep(item, matchedType)) yield return item;
            url = page.Next;
        }
    }

    /// <summary>Notes the watermark and the Patients read and referenced; false for a Patient version
    /// already given (_include repeats a subject on every page that refers to it).</summary>
    private bool Keep(FhirItem item, string? matchedType)
    {
        if (item.Entry is not { } entry) return true;
        if (entry.Resource.TypeName == matchedType && FhirPrimitives.LastUpdated(entry.Resource) is { } lastUpdated
            && (HighestLastUpdated is null || lastUpdated > HighestLastUpdated))
            HighestLastUpdated = lastUpdated;
        switch (entry.Resource)
        {
            case Patient when entry.ServerId is { } id:
                patientIds.Add(id);
                return patientVersions.Add($"{id}|{FhirPrimitives.Text(entry.Resource.Meta?.VersionIdElement)}|{FhirPrimitives.Text(entry.Resource.Meta?.LastUpdatedElement)}");
            case Observation observation when SubjectId(entry, observation) is { } subject:
                referencedPatientIds.Add(subject);
                return true;
            default:
                return true;
        }
    }

    private static string? SubjectId(FhirEntry entry, Observation observation)
    {
        try
        {
            return entry.PatientId(observation.Subject?.Reference);
        }
        catch (CodedException)
        {
            // A subject of the wrong shape: the mapper rejects the Observation with the reason.
            return null;
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-\.]{1,64}$")]
    private static partial Regex FhirId();
}
