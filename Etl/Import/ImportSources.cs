using Pws.Core.Settings;

namespace Pws.Etl.Import;

public static class ImportSources
{
    /// <summary>The FHIR servers configured per puskesmas (setting Pws:FhirSources).</summary>
    public static IEnumerable<ImportSource> FhirServers(PwsSettings settings) =>
        settings.FhirSources.Select(f => Server(f.KodePuskesmas, f.BaseUrl, settings.Inbox));

    /// <summary><c>KODE=BASE_URL</c>, as given to <c>import --fhir</c>.</summary>
    public static ImportSource Parse(string option, string inbox)
    {
        var split = option.IndexOf('=');
        if (split <= 0) throw new ArgumentException($"--fhir '{option}' harus ditulis KODE_PUSKESMAS=BASE_URL.");
        return Server(option[..split], option[(split + 1)..], inbox);
    }

    private static ImportSource Server(string kodePuskesmas, string baseUrl, string inbox) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new ImportSource(ImportSource.Fhir, kodePuskesmas, inbox, uri)
            : throw new ArgumentException($"Alamat server FHIR '{baseUrl}' untuk puskesmas {kodePuskesmas} tidak sah.");
}
