using Dapper;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.KualitasData;

[ReportService]
public sealed class HitunganPuskesmasQuery(Dialect dialect, AreaQuery area)
{
    /// <summary>Every puskesmas that sent monthly counts, those with months of counts only first.</summary>
    public IReadOnlyList<HitunganPuskesmas> All()
    {
        using var connection = dialect.Open();
        var months = connection.Query<(string KodePuskesmas, int Tahun, int Bulan, long Baris, int AdaOrang)>(
            dialect.Sql(typeof(HitunganPuskesmasQuery).Assembly, "hitungan_puskesmas")).ToList();
        var names = area.Puskesmas().ToDictionary(p => p.Kode, p => p.Nama);
        return months.GroupBy(m => m.KodePuskesmas)
            .Select(g => new HitunganPuskesmas(g.Key, names.GetValueOrDefault(g.Key, g.Key),
                g.Where(m => m.AdaOrang == 0).Select(m => (m.Tahun, m.Bulan)).ToList(),
                g.Where(m => m.AdaOrang == 1).Select(m => (m.Tahun, m.Bulan)).ToList(),
                g.Sum(m => m.Baris)))
            .OrderByDescending(p => p.HanyaHitungan.Count > 0).ThenBy(p => p.NamaPuskesmas, StringComparer.Ordinal)
            .ToList();
    }
}
