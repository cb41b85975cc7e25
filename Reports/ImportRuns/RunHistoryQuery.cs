using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.ImportRuns;

[ReportService]
public sealed class RunHistoryQuery(Dialect dialect)
{
    /// <summary>The most recent runs, newest first.</summary>
    public IReadOnlyList<EtlRun> Recent(int batas = 2000)
    {
        using var connection = dialect.Open();
        return connection.Query<EtlRun>(dialect.Sql(typeof(RunHistoryQuery).Assembly, "run_terbaru"), new { batas }).ToList();
    }

    public EtlRun? Latest()
    {
        using var connection = dialect.Open();
        return connection.QuerySingleOrDefault<EtlRun>(dialect.Sql(typeof(RunHistoryQuery).Assembly, "run_terakhir"));
    }
}
