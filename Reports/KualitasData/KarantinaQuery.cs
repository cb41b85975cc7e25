using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.KualitasData;

[ReportService]
public sealed class KarantinaQuery(Dialect dialect)
{
    public IReadOnlyList<KarantinaEntry> All()
    {
        using var connection = dialect.Open();
        return connection.Query<KarantinaEntry>(dialect.Sql(typeof(KarantinaQuery).Assembly, "karantina")).ToList();
    }
}
