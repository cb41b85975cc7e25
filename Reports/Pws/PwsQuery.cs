using System.Data.Common;
using Dapper;
using Pws.Core.Area;
using Pws.Core.Catalog;
using Pws.Reports.Definitions;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Pws;

/// <summary>PWS figures per village for one indicator and month, read from the marts, and summed per area.</summary>
[ReportService]
public sealed class PwsQuery(Dialect dialect, IndicatorCatalog catalog, ServedArea servedArea, AreaRollups rollups, PwsBulanan bulanan)
{
    /// <param name="dalam">Only the villages of this kabupaten/kota or kecamatan (a prefix of their codes).</param>
    /// <param name="per">The areas of the level to sum the villages into, one line each; null for villages only.</param>
    public PwsLaporan Run(string kodeIndikator, Periode periode, string? kodePuskesmas = null, string? kabKota = null, string? dalam = null,
        Tingkat perTingkat = Tingkat.Desa, IReadOnlyList<AreaRollup.Area>? per = null)
    {
        var indikator = catalog.Get(kodeIndikator);
        using var connection = dialect.Open();
        var rows = Read(connection, indikator, periode, kodePuskesmas, dalam ?? kabKota, new RowRange(0, int.MaxValue));
        var pace = bulanan.Tahun(indikator.Kode, periode.Tahun);
        int[] Of(string kodeDesa) => pace.Sampai(kodeDesa, periode.Bulan);
        var desa = Compute(rows, pace, indikator, periode);
        var wilayah = per is null ? null
            : Sum(rows, per).Select(r => PwsCalculator.Compute(r.All, indikator.Target, periode.Bulan, r.Bersasaran) with
            {
                // An area's pace is that of its villages with a sasaran, as its coverage is.
                Proyeksi = PwsProyeksi.Of(Enumerable.Range(0, periode.Bulan).Select(m => r.Desa.Where(v => v.Sasaran is > 0).Sum(v => Of(v.KodeDesa)[m])).ToList(),
                    r.Bersasaran.Kumulatif, r.Bersasaran.Sasaran, indikator.Target),
            }).ToList();
        return new PwsLaporan(indikator, periode, kodePuskesmas, PwsCalculator.TargetKumulatif(indikator.Target, periode.Bulan), desa, kabKota,
            per is null ? Tingkat.Desa : perTingkat, wilayah);
    }

    /// <summary>The villages <paramref name="range"/> of <see cref="Run"/>'s list, and how many it has: a page of a
    /// province's 8,563 villages reads only its own from the marts.</summary>
    public (IReadOnlyList<PwsDesa> Desa, int Total) Page(string kodeIndikator, Periode periode, string? kodePuskesmas, string? kabKota, string? dalam,
        RowRange range)
    {
        var indikator = catalog.Get(kodeIndikator);
        var within = dalam ?? kabKota;
        using var connection = dialect.Open();
        var rows = Read(connection, indikator, periode, kodePuskesmas, within, range);
        var total = connection.ExecuteScalar<int>(dialect.Sql(typeof(PwsQuery).Assembly, "pws_jumlah_desa"),
            Parameters(indikator, periode, kodePuskesmas, within, range));
        return (Compute(rows, bulanan.Tahun(indikator.Kode, periode.Tahun), indikator, periode), total);
    }

    private object Parameters(Indikator indikator, Periode periode, string? kodePuskesmas, string? within, RowRange range) => new
    {
        indikator = indikator.Kode,
        tahun = periode.Tahun,
        bulan = periode.Bulan,
        tahun_lalu = periode.Sebelumnya.Tahun,
        bulan_lalu = periode.Sebelumnya.Bulan,
        kabupaten_prefix = (within is not null && within.StartsWith(servedArea.Kode + ".", StringComparison.Ordinal) ? within : servedArea.Kode) + ".%",
        awal_periode = periode.Awal,
        akhir_periode = periode.Akhir,
        puskesmas = string.IsNullOrWhiteSpace(kodePuskesmas) ? null : kodePuskesmas,
        lewati = range.Skip,
        ambil = range.Take,
    };

    /// <summary>The villages of <paramref name="range"/> as the mart holds them, named as every list names them.</summary>
    private List<PwsMartRow> Read(DbConnection connection, Indikator indikator, Periode periode, string? kodePuskesmas, string? within,
        RowRange range)
    {
        var rollup = rollups.For(periode.Tahun);
        return
        [
            .. connection.Query<PwsMartRow>(dialect.Sql(typeof(PwsQuery).Assembly, "pws_desa"), Parameters(indikator, periode, kodePuskesmas, within, range))
                .Select(r => r with { NamaDesa = rollup.NamaDesa(r.KodeDesa, r.NamaDesa) }),
        ];
    }

    private static List<PwsDesa> Compute(List<PwsMartRow> rows, PwsBulanan.Tahunan pace, Indikator indikator, Periode periode) =>
    [
        .. rows.Select(r => PwsCalculator.Compute(r, indikator.Target, periode.Bulan) with
        {
            Proyeksi = PwsProyeksi.Of(pace.Sampai(r.KodeDesa, periode.Bulan), r.Kumulatif, r.Sasaran, indikator.Target),
        }),
    ];

    /// <summary>Each area's villages summed twice: every village, for the counts a total shows (the same at every level),
    /// and the villages with a sasaran, for coverage and status (<see cref="PwsLaporan.CakupanKumulatif"/>'s rule: people
    /// served where a sasaran is known, over that sasaran; this month's and last month's apart). Areas without any of the
    /// villages read are left out.</summary>
    private static IEnumerable<(PwsMartRow All, PwsMartRow Bersasaran, IReadOnlyList<PwsMartRow> Desa)> Sum(IReadOnlyList<PwsMartRow> rows, IReadOnlyList<AreaRollup.Area> areas)
    {
        var byVillage = rows.ToDictionary(r => r.KodeDesa);
        foreach (var area in areas)
        {
            var villages = area.Desa.Select(byVillage.GetValueOrDefault).OfType<PwsMartRow>().ToList();
            if (villages.Count == 0) continue;
            var known = villages.Where(v => v.Sasaran is > 0).ToList();
            var knownLastMonth = villages.Where(v => v.SasaranBulanLalu is > 0).ToList();
            var all = new PwsMartRow(area.Kode, area.Nama, null, villages.Sum(v => v.BulanIni), villages.Sum(v => v.Kumulatif), null,
                villages.Sum(v => v.BulanLalu), villages.Sum(v => v.KumulatifAgregat));
            var bersasaran = new PwsMartRow(area.Kode, area.Nama,
                known.Count > 0 ? known.Sum(v => v.Sasaran!.Value) : null, known.Sum(v => v.BulanIni), known.Sum(v => v.Kumulatif),
                knownLastMonth.Count > 0 ? knownLastMonth.Sum(v => v.SasaranBulanLalu!.Value) : null, knownLastMonth.Sum(v => v.BulanLalu),
                known.Sum(v => v.KumulatifAgregat));
            yield return (all, bersasaran, villages);
        }
    }
}
