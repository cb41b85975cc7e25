using Dapper;
using Pws.Reports.Freshness;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.ImportRuns;

[ReportService]
public sealed class RunHistoryQuery(Dialect dialect, DataVersion data)
{
    private readonly Lock gate = new();
    private (long, long) latestVersion = (-1, -1);
    private EtlRun? latest;

    /// <summary>The most recent runs, newest first.</summary>
    public IReadOnlyList<EtlRun> Recent(int batas = 2000)
    {
        using var connection = dialect.Open();
        return connection.Query<EtlRun>(dialect.Sql(typeof(RunHistoryQuery).Assembly, "run_terbaru"), new { batas }).ToList();
    }

    /// <summary>The newest run, read again only once a run started or one going ended: every page shows it.</summary>
    public EtlRun? Latest()
    {
        var version = data.Read().Runs;
        lock (gate)
            if (version == latestVersion) return latest;
        using var connection = dialect.Open();
        var run = connection.QuerySingleOrDefault<EtlRun>(dialect.Sql(typeof(RunHistoryQuery).Assembly, "run_terakhir"));
        lock (gate) (latestVersion, latest) = (version, run);
        return run;
    }
}
