using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Marts;

[ReportService]
public sealed class MartReader(Dialect dialect)
{
    public sealed record VillageMonth(string KodeDesa, string KodeIndikator, int? Sasaran, int BulanIni, int Kumulatif, int Bulan, int KumulatifAgregat);

    /// <summary>One village's year, every indicator, month by month.</summary>
    public IReadOnlyList<VillageMonth> Village(string kodeDesa, int tahun)
    {
        using var connection = dialect.Open();
        return connection.Query<VillageMonth>(dialect.Sql(typeof(MartReader).Assembly, "capaian_desa"), new { kode_desa = kodeDesa, tahun }).ToList();
    }
}
