using Hangfire;
using Pws.Etl.Import;
using Pws.Core.Settings;

namespace Pws.Etl.Jobs;

/// <summary>The nightly import, run by Hangfire on the configured cron in Asia/Jakarta time: it loads the
/// master files itself, then fans out one job per puskesmas source, so one failing puskesmas does not
/// stop the others and each is retried on its own.</summary>
public sealed class NightlyImportJob(Importer importer, PwsSettings settings, IBackgroundJobClient jobs)
{
    public const string RecurringId = "impor-malam";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [300, 900, 3600])]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public string Run()
    {
        if (!Directory.Exists(settings.Inbox)) throw new InboxNotFoundException(settings.Inbox);
        var sources = ImportSource.FromInbox(settings.Inbox).Concat(ImportSources.FhirServers(settings)).ToList();
        foreach (var master in sources.Where(s => s.Jenis == ImportSource.Master))
            ImportSourceJob.ThrowIfFailed(importer.RunSource(master));
        importer.RebuildPendingMarts();
        var puskesmas = sources.Where(s => s.Jenis != ImportSource.Master).ToList();
        foreach (var source in puskesmas)
            jobs.Enqueue<ImportSourceJob>(job => job.Run(source.Jenis, source.KodePuskesmas!, source.FhirServer));
        return $"Master dimuat; {puskesmas.Count} sumber puskesmas dijadwalkan.";
    }
}
