using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.KualitasData;

[ReportService]
public sealed class ObservasiMenungguQuery(Dialect dialect)
{
    /// <summary>Per puskesmas and patient reference, oldest first.</summary>
    public IReadOnlyList<ObservasiMenunggu> All()
    {
        using var connection = dialect.Open();
        return connection.Query<ObservasiMenunggu>(dialect.Sql(typeof(ObservasiMenungguQuery).Assembly, "observasi_menunggu")).ToList();
    }
}
