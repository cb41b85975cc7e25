using Hangfire;
using Pws.Etl.Import;

namespace Pws.Etl.Jobs;

/// <summary>Builds the marts left pending when the dashboard starts: a stop between a run's commit and its marts, or a
/// schema upgrade that added a mart. In the background, so the pages answer meanwhile (from the marts as they were).</summary>
public sealed class MartTertundaJob(Importer importer)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900])]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public string Run()
    {
        var years = importer.RebuildPendingMarts();
        return years.Count == 0 ? "Tidak ada mart tertunda." : $"Mart tahun {string.Join(", ", years)} dibangun.";
    }
}
