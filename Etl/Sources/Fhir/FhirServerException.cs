using System.Net;

namespace Pws.Etl.Sources.Fhir;

/// <summary>A pull from a FHIR server failed; the message (Bahasa Indonesia) names the URL and the status.
/// Nothing of the pull should be committed, so the source's watermark stays where it was.</summary>
public sealed class FhirServerException(string message, Uri url, HttpStatusCode? status = null) : Exception(message)
{
    public Uri Url { get; } = url;

    public HttpStatusCode? Status { get; } = status;
}
