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
}
