using Dapper;
using Pws.Core.Settings;
using Pws.Reports.Freshness;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Kaskade;

/// <summary>docs/domain.md, "Follow-up and the screening-to-care cascade", for January to a month: a person counts in
/// the village of their first screening of the period (screened) and of their first flagged screening (each flag);
/// "followed up" is PELAYANAN_HIPERTENSI (PELAYANAN_DM) at any puskesmas within 30 days of that screening; "under
/// control" is a later screening of the period whose measurement is there and every measured value below its cut point,
/// and implies followed up. The figures are those known at the end of the month: later records count by then.
/// Following people means reading the period's screenings and services, so each period's village counts are kept until
/// the next successful import run, and every level and the ringkasan add up those.</summary>
[ReportService]
public sealed class KaskadeQuery(Dialect dialect, AreaRollups rollups, ScreeningCutPoints cutPoints, DataVersion data)
{
    public const int JendelaHari = 30;

    private readonly KeptUntilNextRun<(int Tahun, int SampaiBulan), IReadOnlyDictionary<string, KaskadeCounts>> perDesa = new(data);

    private sealed record Skrining(string IdOrang, DateTime Tanggal, string KodeDesa, double? Sistolik, double? Diastolik, double? GulaDarah, double? Kolesterol);

    public IReadOnlyList<KaskadeRow> Run(int tahun, int sampaiBulan, Tingkat tingkat)
    {
        var byVillage = PerDesa(tahun, sampaiBulan);
        return rollups.For(tahun).Areas(tingkat)
            .Select(a => new KaskadeRow(a.Kode, a.Nama, a.Desa.Aggregate(KaskadeCounts.None, (sum, d) => sum + byVillage.GetValueOrDefault(d, KaskadeCounts.None))))
            .ToList();
    }

    private IReadOnlyDictionary<string, KaskadeCounts> PerDesa(int tahun, int sampaiBulan) =>
        perDesa.Get((tahun, sampaiBulan), key => Count(key.Tahun, key.SampaiBulan));

    private Dictionary<string, KaskadeCounts> Count(int tahun, int sampaiBulan)
    {
        var awal = new DateTime(tahun, 1, 1);
        var akhir = new DateTime(tahun, sampaiBulan, 1).AddMonths(1).AddDays(-1);
        List<Skrining> screenings;
        ILookup<string, (string Layanan, DateTime Tanggal)> services;
        using (var connection = dialect.Open())
        {
            // Read as tuples: the engines give a DATE as different types, which only Dapper's tuple mapping converts.
            screenings = connection.Query<(string, DateTime, string, double?, double?, double?, double?)>(
                    dialect.Sql(typeof(KaskadeQuery).Assembly, "kaskade_skrining"), new { awal, akhir })
                .Select(s => new Skrining(s.Item1, s.Item2, s.Item3, s.Item4, s.Item5, s.Item6, s.Item7)).ToList();
            services = connection.Query<(string IdOrang, string Layanan, DateTime Tanggal)>(dialect.Sql(typeof(KaskadeQuery).Assembly, "kaskade_layanan"),
                new { awal, akhir }).ToLookup(s => s.IdOrang, s => (s.Layanan, s.Tanggal));
        }

        var byVillage = new Dictionary<string, KaskadeCounts>(StringComparer.Ordinal);
        void Add(string desa, KaskadeCounts counts) => byVillage[desa] = byVillage.GetValueOrDefault(desa, KaskadeCounts.None) + counts;
        foreach (var person in screenings.GroupBy(s => s.IdOrang))
        {
            var ordered = person.ToList();
            Add(ordered[0].KodeDesa, KaskadeCounts.None with { Diskrining = 1 });
            if (ordered.FirstOrDefault(TensiTinggi) is { } tensi)
            {
                var (followed, controlled) = Outcome(ordered, tensi, services[person.Key], "PELAYANAN_HIPERTENSI", s => s.Sistolik is not null || s.Diastolik is not null);
                Add(tensi.KodeDesa, KaskadeCounts.None with { TensiTinggi = 1, TensiDitindaklanjuti = followed ? 1 : 0, TensiTerkendali = controlled ? 1 : 0 });
            }
            if (ordered.FirstOrDefault(GulaTinggi) is { } gula)
            {
                var (followed, controlled) = Outcome(ordered, gula, services[person.Key], "PELAYANAN_DM", s => s.GulaDarah is not null);
                Add(gula.KodeDesa, KaskadeCounts.None with { GulaTinggi = 1, GulaDitindaklanjuti = followed ? 1 : 0, GulaTerkendali = controlled ? 1 : 0 });
            }
        }
        return byVillage;
    }

    private bool TensiTinggi(Skrining s) => s.Sistolik >= cutPoints.Sistolik || s.Diastolik >= cutPoints.Diastolik;

    private bool GulaTinggi(Skrining s) => s.GulaDarah >= cutPoints.GulaDarahSewaktu;

    /// <summary>Every value measured below its cut point.</summary>
    private bool Normal(Skrining s) => !TensiTinggi(s) && !GulaTinggi(s) && !(s.Kolesterol >= cutPoints.KolesterolTotal);

    private (bool Followed, bool Controlled) Outcome(IReadOnlyList<Skrining> ordered, Skrining flagged,
        IEnumerable<(string Layanan, DateTime Tanggal)> services, string layanan, Func<Skrining, bool> measured)
    {
        var controlled = ordered.Any(s => s.Tanggal > flagged.Tanggal && measured(s) && Normal(s));
        var followed = controlled || services.Any(v => v.Layanan == layanan && v.Tanggal >= flagged.Tanggal && v.Tanggal <= flagged.Tanggal.AddDays(JendelaHari));
        return (followed, controlled);
    }
}
