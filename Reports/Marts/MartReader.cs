using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Marts;

public sealed class MartReader(Dialect dialect)
{
    public IReadOnlyList<MartRow> Month(int tahun, int bulan)
    {
        using var connection = dialect.Open();
        return connection.Query<MartRow>(dialect.Sql(typeof(MartReader).Assembly, "capaian_bulan"), new { tahun, bulan }).ToList();
    }
}
