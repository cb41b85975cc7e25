using Hangfire;
using Pws.Etl.Import;
using Pws.Warehouse.Settings;

namespace Pws.Etl.Jobs;

/// <summary>The nightly import, run by Hangfire on the configured cron in Asia/Jakarta time.</summary>
public sealed class NightlyImportJob(Importer importer, PwsSettings settings)
{
    public const string RecurringId = "impor-malam";

    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public string Run() => importer.Run(settings.Inbox).ToString();
}
