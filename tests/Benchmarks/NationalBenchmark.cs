using System.Diagnostics;
using System.Reflection;
using Dapper;
using Pws.Core.Catalog;
using Pws.Etl.Marts;
using Pws.Etl.Master.Wilayah;
using Pws.Reports.Pws;
using Pws.Testing;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;

namespace Pws.Benchmarks;

/// <summary>The nation, marts and queries only: every one of the 83,763 Kemendagri villages, a puskesmas per kecamatan,
/// and a year of synthetic mart rows for every PWS and SPM indicator (no ETL: a national import does not fit this
/// machine, and one deployment serves at most a province). The product's own SQL files then answer at each level.</summary>
public sealed class NationalBenchmark(TempFolder work)
{
    private readonly List<BenchFigure> figures = [];

    public IReadOnlyList<BenchFigure> Figures => figures;

    public void Run()
    {
        var dialect = Dialect.Create("duckdb", work["nasional.duckdb"]);
        new Migrator(dialect).Apply();
        using var connection = dialect.Open();
        WilayahMaster.EnsureLoaded(dialect, connection);
        var catalog = IndicatorCatalog.Load();
        var indicators = catalog.Indikator.Where(i => i.Kelompok is "PWS" or "SPM").Select(i => i.Kode).ToList();
        var tahun = 2025;

        var built = Stopwatch.StartNew();
        connection.Execute("""
            INSERT INTO puskesmas SELECT 'P' || replace(kode, '.', ''), 'Puskesmas ' || nama, kode FROM wilayah WHERE tingkat = 3;
            INSERT INTO wilayah_kerja SELECT 'P' || replace(kode_induk, '.', ''), kode FROM wilayah WHERE tingkat = 4;
            """);
        connection.Execute("CREATE TEMP TABLE bench_indikator (kode VARCHAR)");
        connection.Execute("INSERT INTO bench_indikator VALUES ($kode)", indicators.Select(kode => new { kode }));
        // Synthetic but consistent: a village's people served each month, their running total, a sasaran per indicator.
        connection.Execute("""
            INSERT INTO mart_capaian (kode_indikator, tahun, bulan, kode_desa, bulan_ini, kumulatif, sasaran)
            SELECT i.kode, $tahun, b.bulan, w.kode,
                   CAST(hash(w.kode, i.kode, b.bulan) % 4 AS INTEGER),
                   CAST(sum(hash(w.kode, i.kode, b.bulan) % 4) OVER (PARTITION BY w.kode, i.kode ORDER BY b.bulan) AS INTEGER),
                   CASE WHEN hash(w.kode, i.kode) % 20 = 0 THEN NULL ELSE CAST(20 + hash(w.kode, i.kode) % 60 AS INTEGER) END
            FROM wilayah w
            CROSS JOIN bench_indikator i
            CROSS JOIN (SELECT range AS bulan FROM range(1, 13)) b
            WHERE w.tingkat = 4;
            """, new { tahun });
        var rows = connection.ExecuteScalar<long>("SELECT count(*) FROM mart_capaian");
        var villages = connection.ExecuteScalar<long>("SELECT count(*) FROM wilayah WHERE tingkat = 4");
        Console.WriteLine($"mart nasional: {rows:N0} baris untuk {villages:N0} desa dalam {built.Elapsed.TotalSeconds:0.0} s");
        Add("national_villages", villages, "villages", 83_763, false, "Kemendagri villages in the warehouse");

        var spm = catalog.Kelompok("SPM").Select(i => i.Kode).ToArray();
        string Sql(Assembly owner, string name) => dialect.Sql(owner, name);
        // The village mart summed per area, as the mart build does after the village mart.
        var perArea = Stopwatch.StartNew();
        connection.Execute(Sql(typeof(MartBuilder).Assembly, "bangun_mart_capaian_wilayah"), new { tahun, provinsi = 1 });
        Console.WriteLine($"mart per wilayah: {connection.ExecuteScalar<long>("SELECT count(*) FROM mart_capaian_wilayah"):N0} baris dalam {perArea.Elapsed.TotalSeconds:0.0} s");
        var reports = typeof(PwsQuery).Assembly;
        var queries = new List<(string Name, string Sql, object Parameters, string Description)>();
        // Every code of the level: no page.
        var (dari, sampai) = ("", "~");
        foreach (var level in new[] { "provinsi", "kabupaten", "kecamatan", "puskesmas" })
            queries.Add(($"spm_{level}", Sql(reports, "spm_per_wilayah"), new { tahun, bulan = 12, kode_spm = spm, tingkat = level.ToUpperInvariant(), dari, sampai },
                $"SPM of every {level} of Indonesia{(level == "puskesmas" ? " (one per kecamatan here)" : "")} from the per-area mart"));
        queries.Add(("spm_desa", Sql(reports, "spm_per_desa"), new { tahun, bulan = 12, kode_spm = spm, dari, sampai }, "SPM of every village of Indonesia"));
        foreach (var (name, area) in new[] { ("pws_kabupaten", "33.29"), ("pws_provinsi", "33") })
            queries.Add((name, Sql(reports, "pws_desa"), new
            {
                indikator = "K1", tahun, bulan = 12, tahun_lalu = tahun, bulan_lalu = 11, kabupaten_prefix = area + ".%",
                awal_periode = new DateTime(tahun, 12, 1), akhir_periode = new DateTime(tahun, 12, 31), puskesmas = (string?)null,
                lewati = 0, ambil = int.MaxValue,
            }, $"PWS K1 per village of {area} in a national warehouse"));

        // Side by side in one run: the mart as rows happen to arrive (village by village), then in the order the
        // mart build writes it (bangun_mart_capaian.sql: indicator, month, village within a year).
        var unordered = queries.ToDictionary(q => q.Name, q => P95(connection, q.Sql, q.Parameters).P95);
        var ordering = Stopwatch.StartNew();
        connection.Execute("""
            ALTER TABLE mart_capaian RENAME TO mart_capaian_acak;
            CREATE TABLE mart_capaian AS SELECT * FROM mart_capaian_acak ORDER BY tahun, kode_indikator, bulan, kode_desa;
            DROP TABLE mart_capaian_acak;
            CHECKPOINT;
            """);
        Console.WriteLine($"mart nasional diurutkan dalam {ordering.Elapsed.TotalSeconds:0.0} s");
        foreach (var (name, sql, parameters, description) in queries)
        {
            var (p95, p50, count) = P95(connection, sql, parameters);
            // Issue 24 asks every national query under 100 ms; a page's 50 ms is the province's.
            Add($"query_{name}_p95", p95, "ms", 100, true,
                $"{description}: {count:N0} rows, p50 {p50:0} ms; unordered mart {unordered[name]:0} ms ({p95 / unordered[name]:0.00}x)");
        }
    }

    /// <summary>15 runs after one warm-up, each reading every row as a page would.</summary>
    private static (double P95, double P50, int Rows) P95(System.Data.Common.DbConnection connection, string sql, object parameters)
    {
        var count = connection.Query(sql, parameters).Count();
        var times = Enumerable.Range(0, 15).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            connection.Query(sql, parameters).Count();
            return watch.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        return (times[(int)Math.Ceiling(0.95 * times.Count) - 1], times[times.Count / 2], count);
    }

    private void Add(string name, double value, string unit, double target, bool atMost, string description)
    {
        var figure = new BenchFigure(name, value, unit, target, atMost, description);
        figures.Add(figure);
        Console.WriteLine(figure.Line);
    }
}
