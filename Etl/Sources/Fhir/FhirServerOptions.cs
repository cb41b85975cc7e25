namespace Pws.Etl.Sources.Fhir;

/// <summary>How a pull talks to a FHIR server.</summary>
public sealed record FhirServerOptions
{
    /// <summary>The <c>_count</c> asked for per page; a server may return fewer.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>How many ids one <c>Patient?_id=a,b,c</c> asks for, keeping the URL short.</summary>
    public int IdBatchSize { get; init; } = 50;

    /// <summary>Tries per request, the first included, before a transient failure fails the pull.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait after the first failed try; it doubles after each further one.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one request, body included, may take before it counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
