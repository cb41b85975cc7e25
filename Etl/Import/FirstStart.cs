using Dapper;
using Pws.Etl.Demo;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;
using Pws.Core.Settings;

namespace Pws.Etl.Import;

/// <summary>What the product does before it serves: bring the schema up to date, write the demo inbox
/// when the demo is on and the inbox is missing, and import once if the warehouse never had a
/// successful run. A later start reuses the warehouse; the nightly job keeps it current.</summary>
public sealed class FirstStart(Dialect dialect, Importer importer, PwsSettings settings, TimeProvider clock)
{
    public ImportSummary? Prepare(Action<string> log)
    {
        foreach (var migration in new Migrator(dialect).Apply()) log($"Skema gudang data: {migration} diterapkan.");
        MarkInterruptedRuns(log);

        if (settings.Demo && !Directory.Exists(settings.Inbox))
        {
            new DemoGenerator(DemoOptions.ForToday(clock)).Write(settings.Inbox);
            log($"Inbox demo Kabupaten Brebes ditulis ke {Path.GetFullPath(settings.Inbox)}.");
        }

        using (var connection = dialect.Open())
        {
            if (connection.ExecuteScalar<long>(dialect.Sql(typeof(FirstStart).Assembly, "jumlah_run_berhasil")) > 0) return null;
        }
        if (!Directory.Exists(settings.Inbox))
        {
            log($"Inbox {Path.GetFullPath(settings.Inbox)} belum ada: gudang data masih kosong.");
            return null;
        }
        var summary = importer.Run(settings.Inbox, ImportSources.FhirServers(settings));
        log(summary.ToString());
        return summary;
    }

    /// <summary>Years whose marts wait to be built (see <see cref="Jobs.MartTertundaJob"/>).</summary>
    public bool MartTertunda()
    {
        using var connection = dialect.Open();
        return connection.ExecuteScalar<long>(dialect.Sql(typeof(FirstStart).Assembly, "jumlah_mart_tertunda")) > 0;
    }

    /// <summary>A run still "BERJALAN" when the embedded warehouse is opened was cut off by a stop or a crash: nothing of
    /// it was committed, and the next run reads its files again. Only the embedded warehouse can tell, since no other
    /// process may hold its file; on SQL Server a command-line import may be running beside the dashboard.</summary>
    private void MarkInterruptedRuns(Action<string> log)
    {
        if (dialect is not DuckDbDialect) return;
        using var connection = dialect.Open();
        var marked = connection.Execute(dialect.Sql(typeof(FirstStart).Assembly, "tandai_run_terputus"), new
        {
            selesai = clock.GetUtcNow().UtcDateTime,
            pesan_galat = "Impor terputus: proses berhenti sebelum impor selesai; sumber ini diimpor lagi pada impor berikutnya.",
        });
        if (marked > 0) log($"{marked} impor yang terputus saat proses berhenti ditandai gagal.");
    }
}
