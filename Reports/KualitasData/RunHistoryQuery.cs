using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.KualitasData;

public sealed class RunHistoryQuery(Dialect dialect)
{
    public EtlRun? Latest()
    {
        using var connection = dialect.Open();
        return connection.QuerySingleOrDefault<EtlRun>(dialect.Sql(typeof(RunHistoryQuery).Assembly, "run_terakhir"));
    }
}
