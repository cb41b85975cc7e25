using Hangfire;
using Pws.Etl.Import;
using Pws.Core.Settings;

namespace Pws.Etl.Jobs;

/// <summary>One puskesmas source of the nightly import: its folder or its FHIR server.</summary>
public sealed class ImportSourceJob(Importer importer, PwsSettings settings)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [300, 900, 3600])]
    public string Run(string jenis, string kodePuskesmas, Uri? fhirServer)
    {
        var summary = importer.RunSource(new ImportSource(jenis, kodePuskesmas, settings.Inbox, fhirServer));
        importer.RebuildPendingMarts();
        ThrowIfFailed(summary);
        return $"{summary.Source.Label}: {summary.Files} berkas, {summary.RowsLoaded} baris dimuat, {summary.RowsQuarantined} dikarantina.";
    }

    /// <summary>A failed source is already recorded in the warehouse; failing the job lets Hangfire retry it.</summary>
    public static void ThrowIfFailed(SourceSummary summary)
    {
        if (summary.Error is not null) throw new InvalidOperationException($"Impor {summary.Source.Label} gagal: {summary.Error}");
    }
}
