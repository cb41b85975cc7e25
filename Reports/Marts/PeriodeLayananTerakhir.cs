using Dapper;
using Pws.Reports.Definitions;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Marts;

/// <summary>The latest month in which anyone was served: the month every report opens on when none is asked for.</summary>
[ReportService]
public sealed class PeriodeLayananTerakhir(Dialect dialect)
{
    /// <summary>Null for an empty warehouse.</summary>
    public Periode? Read()
    {
        using var connection = dialect.Open();
        var latest = connection.ExecuteScalar<int?>(dialect.Sql(typeof(PeriodeLayananTerakhir).Assembly, "periode_terakhir"));
        return latest is { } l ? new Periode(l / 100, l % 100) : null;
    }
}
