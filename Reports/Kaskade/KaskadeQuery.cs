using Dapper;
using Pws.Reports.Freshness;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Kaskade;

/// <summary>docs/domain.md, "Follow-up and the screening-to-care cascade", for January to a month: a person counts in
/// the village of their first screening of the period (screened) and of their first flagged screening (each flag);
/// "followed up" is PELAYANAN_HIPERTENSI (PELAYANAN_DM) at any puskesmas within 30 days of that screening; "under
/// control" is a later screening of the period whose measurement is there and every measured value below its cut point,
/// and implies followed up. The figures are those known at the end of the month: later records count by then.
/// Following people is done once per import, in the cascade mart (Etl/Marts/bangun_mart_kaskade.sql); each period's
/// village counts are kept until the next import run, and every level and the ringkasan add up those.</summary>
[ReportService]
public sealed class KaskadeQuery(Dialect dialect, AreaRollups rollups, DataVersion data)
{
    private readonly KeptUntilNextRun<(int Tahun, int SampaiBulan), IReadOnlyDictionary<string, KaskadeCounts>> perDesa = new(data);

    private sealed record DesaCounts(string KodeDesa, long Diskrining, long TensiTinggi, long TensiDitindaklanjuti, long TensiTerkendali,
        long GulaTinggi, long GulaDitindaklanjuti, long GulaTerkendali);

    public IReadOnlyList<KaskadeRow> Run(int tahun, int sampaiBulan, Tingkat tingkat)
    {
        var byVillage = PerDesa(tahun, sampaiBulan);
        return rollups.For(tahun).Areas(tingkat)
            .Select(a => new KaskadeRow(a.Kode, a.Nama, a.Desa.Aggregate(KaskadeCounts.None, (sum, d) => sum + byVillage.GetValueOrDefault(d, KaskadeCounts.None))))
            .ToList();
    }

    private IReadOnlyDictionary<string, KaskadeCounts> PerDesa(int tahun, int sampaiBulan) =>
        perDesa.Get((tahun, sampaiBulan), key => Read(key.Tahun, key.SampaiBulan));

    private Dictionary<string, KaskadeCounts> Read(int tahun, int sampaiBulan)
    {
        using var connection = dialect.Open();
        return connection.Query<DesaCounts>(dialect.Sql(typeof(KaskadeQuery).Assembly, "kaskade_desa"), new { tahun, bulan = sampaiBulan })
            .ToDictionary(c => c.KodeDesa, c => new KaskadeCounts(c.Diskrining, c.TensiTinggi, c.TensiDitindaklanjuti, c.TensiTerkendali,
                c.GulaTinggi, c.GulaDitindaklanjuti, c.GulaTerkendali), StringComparer.Ordinal);
    }
}
