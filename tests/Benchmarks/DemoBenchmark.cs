using System.Diagnostics;
using Dapper;
using Pws.Etl.Demo;
using Pws.Testing;

namespace Pws.Benchmarks;

/// <summary>The earlier side-by-side figures (docs/benchmarks.md sections 1 and 2): import memory and speed of the
/// demo inbox at three scales, and the DuckDB Appender against row-by-row INSERT.</summary>
public static class DemoBenchmark
{
    public static void Run()
    {
        Console.WriteLine($"PWS benchmarks, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        Console.WriteLine();
        Console.WriteLine("1. Import of the Brebes demo inbox at growing scale (one year, every file kind)");
        Console.WriteLine($"{"skala",6} {"baris",10} {"detik",8} {"baris/detik",12} {"puncak memori MB",18}");
        var results = new List<(double Skala, long Rows, double Seconds, double PeakMb)>();
        foreach (var skala in new[] { 0.25, 0.5, 1.0 })
        {
            using var warehouse = new TestWarehouse();
            new DemoGenerator(new DemoOptions(2025, new DateOnly(2025, 12, 31), skala)).Write(warehouse.Inbox);
            GC.Collect();
            var (summary, seconds, peak) = Measure(() => warehouse.Import());
            results.Add((skala, summary.RowsRead, seconds, peak));
            Console.WriteLine($"{skala,6:0.00} {summary.RowsRead,10:N0} {seconds,8:0.0} {summary.RowsRead / seconds,12:N0} {peak,18:0}");
        }
        var (small, large) = (results[0], results[^1]);
        Console.WriteLine($"rows x{(double)large.Rows / small.Rows:0.0}, time x{large.Seconds / small.Seconds:0.0}, peak memory x{large.PeakMb / small.PeakMb:0.00}");

        Console.WriteLine();
        Console.WriteLine("2. Loading 50,000 visit rows into DuckDB");
        const int count = 50_000;
        using (var warehouse = new TestWarehouse())
        {
            new Pws.Warehouse.Migrations.Migrator(warehouse.Dialect).Apply();
            using var connection = warehouse.Dialect.Open();
            connection.Execute(warehouse.Dialect.Sql(typeof(Pws.Etl.Import.Importer).Assembly, "kosongkan_staging"));
            var rows = Enumerable.Range(0, count).Select(i => new
            {
                urutan = (long)i, kode_puskesmas = "P1", id_kunjungan = $"K-{i}", tanggal = new DateTime(2025, 1 + i % 12, 1 + i % 28),
                id_orang = $"{i:x64}", kode_desa = "33.29.01.2001", layanan = "ANC_K1", sumber = "bench.csv",
            }).ToList();

            var appender = Stopwatch.StartNew();
            using (var writer = warehouse.Dialect.CreateBulkWriter(connection, null, "stg_kunjungan",
                       ["urutan", "kode_puskesmas", "id_kunjungan", "tanggal", "id_orang", "jenis_kelamin", "tanggal_lahir", "kode_desa", "luar_wilayah", "layanan", "tempat", "sumber"]))
            {
                foreach (var r in rows)
                    writer.Add(r.urutan, r.kode_puskesmas, r.id_kunjungan, DateOnly.FromDateTime(r.tanggal), r.id_orang, null, null, r.kode_desa, false, r.layanan, null, r.sumber);
                writer.Complete();
            }
            appender.Stop();
            connection.Execute("DELETE FROM stg_kunjungan");

            var insert = Stopwatch.StartNew();
            using (var transaction = connection.BeginTransaction())
            {
                connection.Execute("""
                    INSERT INTO stg_kunjungan (urutan, kode_puskesmas, id_kunjungan, tanggal, id_orang, kode_desa, luar_wilayah, layanan, sumber)
                    VALUES ($urutan, $kode_puskesmas, $id_kunjungan, $tanggal, $id_orang, $kode_desa, false, $layanan, $sumber)
                    """, rows, transaction);
                transaction.Commit();
            }
            insert.Stop();
            Console.WriteLine($"{"Appender",-22} {appender.Elapsed.TotalSeconds,8:0.00} s {count / appender.Elapsed.TotalSeconds,12:N0} baris/detik");
            Console.WriteLine($"{"INSERT per baris",-22} {insert.Elapsed.TotalSeconds,8:0.00} s {count / insert.Elapsed.TotalSeconds,12:N0} baris/detik");
            Console.WriteLine($"Appender is x{insert.Elapsed.TotalSeconds / appender.Elapsed.TotalSeconds:0.0} faster");
        }
    }

    /// <summary>Runs the action while sampling the process's working set every 20 ms.</summary>
    private static (T Result, double Seconds, double PeakMb) Measure<T>(Func<T> action)
    {
        long peak = 0;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64);
                await Task.Delay(20);
            }
        });
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Stop();
        done.Cancel();
        sampler.Wait();
        return (result, watch.Elapsed.TotalSeconds, peak / 1024.0 / 1024.0);
    }
}
