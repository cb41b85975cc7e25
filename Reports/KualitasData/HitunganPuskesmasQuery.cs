using Dapper;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.KualitasData;

[ReportService]
public sealed class HitunganPuskesmasQuery(Dialect dialect, AreaQuery area)
{
    /// <summary>Every service some puskesmas sent as monthly counts, by puskesmas name and service.</summary>
    public IReadOnlyList<HitunganPuskesmas> All()
    {
        using var connection = dialect.Open();
        var months = connection.Query<(string KodePuskesmas, string Layanan, int Tahun, int Bulan, long Baris, int AdaOrang)>(
            dialect.Sql(typeof(HitunganPuskesmasQuery).Assembly, "hitungan_puskesmas")).ToList();
        var names = area.Puskesmas().ToDictionary(p => p.Kode, p => p.Nama);
        return months.GroupBy(m => (m.KodePuskesmas, m.Layanan))
            .Select(g => new HitunganPuskesmas(g.Key.KodePuskesmas, names.GetValueOrDefault(g.Key.KodePuskesmas, g.Key.KodePuskesmas), g.Key.Layanan,
                g.Where(m => m.AdaOrang == 0).Select(m => (m.Tahun, m.Bulan)).ToList(),
                g.Where(m => m.AdaOrang == 1).Select(m => (m.Tahun, m.Bulan)).ToList(),
                g.Sum(m => m.Baris)))
            .OrderBy(p => p.NamaPuskesmas, StringComparer.Ordinal).ThenBy(p => p.Layanan, StringComparer.Ordinal)
            .ToList();
    }
}
