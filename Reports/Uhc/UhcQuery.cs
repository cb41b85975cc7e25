using Pws.Core.Area;
using Dapper;
using Pws.Core.Settings;
using Pws.Reports.Definitions;
using Pws.Reports.Freshness;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Uhc;

/// <summary>JKN participation per village: kepesertaan = peserta / penduduk, keaktifan = aktif / penduduk,
/// with the UHC levels of the configured thresholds. The area's villages of a month and the latest month are kept
/// until the next import run commits: a province's 8,563 villages were read again for every page of them.</summary>
[ReportService]
public sealed class UhcQuery(Dialect dialect, ServedArea servedArea, UhcThresholds thresholds, AreaRollups rollups, DataVersion data)
{
    private readonly KeptUntilNextRun<Periode, IReadOnlyList<UhcRow>> areaVillages = new(data);
    private readonly KeptUntilNextRun<string, Periode?> latest = new(data);

    private string Kabupaten => servedArea.Kode;

    private sealed record JknRow(string KodeDesa, string NamaDesa, int? Penduduk, int? PesertaJkn, int? PesertaAktif);

    public IReadOnlyList<UhcRow> Run(Periode periode) => areaVillages.Get(periode, p => Run(p, null));

    /// <summary>One village's row with JKN data, or null: a village's profile reads its own, not the area's.</summary>
    public UhcRow? Desa(Periode periode, string kodeDesa) => Run(periode, kodeDesa).FirstOrDefault(r => r.Penduduk is not null);

    private IReadOnlyList<UhcRow> Run(Periode periode, string? kodeDesa)
    {
        using var connection = dialect.Open();
        var rows = connection.Query<JknRow>(dialect.Sql(typeof(UhcQuery).Assembly, "uhc_desa"), new
        {
            tahun = periode.Tahun, bulan = periode.Bulan, kabupaten_prefix = Kabupaten + ".%",
            awal_periode = periode.Awal, akhir_periode = periode.Akhir, kode_desa = kodeDesa,
        });
        var rollup = rollups.For(periode.Tahun);
        return rows.Select(r => Compute(r.KodeDesa, rollup.NamaDesa(r.KodeDesa, r.NamaDesa), r.Penduduk, r.PesertaJkn, r.PesertaAktif)).ToList();
    }

    /// <summary>The latest month any JKN file covered, or null before the first one.</summary>
    public Periode? LatestPeriode() => latest.Get(Kabupaten, LatestPeriodeNow);

    private Periode? LatestPeriodeNow(string kabupaten)
    {
        using var connection = dialect.Open();
        var yyyymm = connection.ExecuteScalar<int?>(dialect.Sql(typeof(UhcQuery).Assembly, "periode_jkn_terakhir"),
            new { kabupaten_prefix = kabupaten + ".%" });
        return yyyymm is { } l ? new Periode(l / 100, l % 100) : null;
    }

    /// <summary>The kabupaten's figure: the sums of the villages that have JKN data.</summary>
    public UhcRow Total(IReadOnlyList<UhcRow> villages, string namaKabupaten)
    {
        var withData = villages.Where(r => r.Penduduk is not null).ToList();
        return Compute(Kabupaten, namaKabupaten, withData.Sum(r => r.Penduduk), withData.Sum(r => r.PesertaJkn), withData.Sum(r => r.PesertaAktif));
    }

    public UhcRow Compute(string kode, string nama, int? penduduk, int? peserta, int? aktif)
    {
        double? Share(int? count) => penduduk is > 0 && count is { } c ? c * 100.0 / penduduk.Value : null;
        var kepesertaan = Share(peserta);
        var keaktifan = Share(aktif);
        return new UhcRow(kode, nama, penduduk, peserta, aktif, kepesertaan, keaktifan, Status(kepesertaan, keaktifan));
    }

    private string? Status(double? kepesertaan, double? keaktifan) => (kepesertaan, keaktifan) switch
    {
        (null, _) => null,
        ({ } k, { } a) when k >= thresholds.PrioritasKepesertaan && a >= thresholds.PrioritasKeaktifan => "UHC_PRIORITAS",
        ({ } k, _) when k >= thresholds.Kepesertaan => "UHC",
        _ => "BELUM_UHC",
    };
}
