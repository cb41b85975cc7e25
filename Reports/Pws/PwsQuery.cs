using Dapper;
using Pws.Core.Catalog;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Pws;

/// <summary>PWS figures per village for one indicator and month, read from the marts.</summary>
public sealed class PwsQuery(Dialect dialect, IndicatorCatalog catalog, string kabupaten)
{
    /// <summary>The latest month with any service, or null for an empty warehouse.</summary>
    public Periode? LatestPeriode()
    {
        using var connection = dialect.Open();
        var latest = connection.ExecuteScalar<int?>(dialect.Sql(typeof(PwsQuery).Assembly, "periode_terakhir"));
        return latest is { } l ? new Periode(l / 100, l % 100) : null;
    }

    /// <param name="kabKota">In a province, one kabupaten/kota's villages only.</param>
    public PwsLaporan Run(string kodeIndikator, Periode periode, string? kodePuskesmas = null, string? kabKota = null)
    {
        var indikator = catalog.Get(kodeIndikator);
        using var connection = dialect.Open();
        var rows = connection.Query<PwsMartRow>(dialect.Sql(typeof(PwsQuery).Assembly, "pws_desa"), new
        {
            indikator = indikator.Kode,
            tahun = periode.Tahun,
            bulan = periode.Bulan,
            tahun_lalu = periode.Sebelumnya.Tahun,
            bulan_lalu = periode.Sebelumnya.Bulan,
            kabupaten_prefix = (kabKota is not null && kabKota.StartsWith(kabupaten + ".", StringComparison.Ordinal) ? kabKota : kabupaten) + ".%",
            awal_periode = periode.Awal,
            akhir_periode = periode.Akhir,
            puskesmas = string.IsNullOrWhiteSpace(kodePuskesmas) ? null : kodePuskesmas,
        });
        var desa = rows.Select(r => PwsCalculator.Compute(r, indikator.Target, periode.Bulan)).ToList();
        return new PwsLaporan(indikator, periode, kodePuskesmas,
            PwsCalculator.TargetKumulatif(indikator.Target, periode.Bulan), desa, kabKota);
    }
}
