using Dapper;
using Pws.Core.Area;
using Pws.Reports.Freshness;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Pws;

/// <summary>Each village's bulan_ini of every month of a year for one indicator, the pace a projection follows: read
/// for the whole area once per indicator and year and kept until the next import run. Every PWS answer needs it, and
/// reading it per request was a quarter of a puskesmas's answer (4 of 16 ms at kabupaten scale).</summary>
[ReportService]
public sealed class PwsBulanan(Dialect dialect, ServedArea servedArea, DataVersion data)
{
    private readonly KeptUntilNextRun<(string Indikator, int Tahun), IReadOnlyDictionary<string, int[]>> years = new(data);

    /// <summary>Every village's pace for one indicator and year. Taken once per answer: each look-up of the kept year
    /// asks the data version, a query outside an HTTP request (command line, live pages).</summary>
    public Tahunan Tahun(string kodeIndikator, int tahun) => new(Year(kodeIndikator, tahun));

    public sealed class Tahunan(IReadOnlyDictionary<string, int[]> months)
    {
        /// <summary>The village's bulan_ini of January to <paramref name="bulan"/>, zero where the mart has none.</summary>
        public int[] Sampai(string kodeDesa, int bulan) => months.TryGetValue(kodeDesa, out var all) ? all[..bulan] : new int[bulan];
    }

    private IReadOnlyDictionary<string, int[]> Year(string kodeIndikator, int tahun) => years.Get((kodeIndikator, tahun), key =>
    {
        using var connection = dialect.Open();
        return connection.Query<BulanIniDesa>(dialect.Sql(typeof(PwsBulanan).Assembly, "pws_bulanan"),
                new { indikator = key.Indikator, tahun = key.Tahun, kabupaten_prefix = servedArea.Kode + ".%" })
            .ToDictionary(r => r.KodeDesa, r => r.Months, StringComparer.Ordinal);
    });

    /// <summary>One row per village (a province's 8,563 villages read a month per row were 100,000 rows).</summary>
    private sealed record BulanIniDesa(string KodeDesa, int B1, int B2, int B3, int B4, int B5, int B6, int B7, int B8, int B9, int B10,
        int B11, int B12)
    {
        public int[] Months => [B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12];
    }
}
