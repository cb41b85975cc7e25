using Pws.Etl.Demo;
using Pws.Etl.Import;
using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Composition;
using Pws.Core.Serving;
using Pws.Etl.Backup;
using Pws.Etl.BatasDesa;
using Pws.Etl.Composition;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;
using Pws.Warehouse.Wilayah;
using Pws.Core.Security;
using Pws.Core.Settings;

namespace Pws.Etl.Cli;

/// <summary>The ETL's command line: <c>import</c> (data contract) and <c>demo</c> (writes the demo inbox).</summary>
public static class EtlCommand
{
    private const string Usage = """
        Penggunaan:
          dotnet run --project Etl -- import [--inbox DIR] [--fhir KODE_PUSKESMAS=BASE_URL ...] [--kabupaten 33.29] [--warehouse PATH|CONNSTR] [--provider duckdb|sqlserver]
          dotnet run --project Etl -- demo [--out DIR] [--tahun 2026] [--skala 1.0]
          dotnet run --project Etl -- bangun-ulang-mart   (setelah katalog indikator atau CBR diubah)
          dotnet run --project Etl -- cadangan --ke BERKAS   (salinan gudang data dan kunci pseudonim, juga saat dasbor berjalan)
          dotnet run --project Etl -- kata-sandi        (membaca kata sandi dari masukan, mencetak hash untuk Pws:Akses:Pengguna)
          dotnet run --project Etl -- batas-desa BERKAS.geojson [--kolom-kode NAMA]   (batas desa untuk peta)
          dotnet run --project Etl -- coba BERKAS [--profil NAMA] [--puskesmas KODE] [--inbox DIR]   (cara berkas akan dibaca, tanpa menulis apa pun)
        """;

    public static int Run(string[] args)
    {
        try
        {
            var commandLine = new CommandLine(args);
            var settings = commandLine.ApplyTo(SettingsLoader.Load());
            switch (commandLine.Words)
            {
                case ["import"]:
                    var inbox = commandLine.Get("inbox") ?? settings.Inbox;
                    var servers = commandLine.GetAll("fhir").Select(f => ImportSources.Parse(f, inbox)).ToList();
                    var result = HandOff(settings, ServingFile.ImportPath, new ImportHandoff(Path.GetFullPath(inbox), commandLine.GetAll("fhir"), AreaRecord.Normalize(settings.Kabupaten)))
                                 ?? ImportOutcome.Of(Import(settings, inbox, servers));
                    return Print(result);
                case ["cadangan"]:
                    var target = Path.GetFullPath(commandLine.Require("ke"));
                    var backup = HandOff(settings, ServingFile.BackupPath, new BackupHandoff(target))
                                 ?? WarehouseAndKeyBackup.Run(settings.Warehouse.CreateDialect(), settings, target);
                    return Print(backup);
                case ["demo"]:
                    var options = DemoOptions.From(commandLine, TimeProvider.System);
                    var output = commandLine.Get("out") ?? settings.Inbox;
                    new DemoGenerator(options).Write(output);
                    Console.WriteLine($"Inbox demo Kabupaten Brebes tahun {options.Tahun} ditulis ke {Path.GetFullPath(output)}.");
                    return 0;
                case ["bangun-ulang-mart"]:
                    using (var services = Services(settings))
                    {
                        new Migrator(services.GetRequiredService<Dialect>()).Apply();
                        var years = services.GetRequiredService<Importer>().RebuildAllMarts();
                        Console.WriteLine(years.Count == 0 ? "Belum ada data." : $"Mart dibangun ulang untuk tahun {string.Join(", ", years)}.");
                    }
                    return 0;
                case ["batas-desa", var file]:
                    var batasDesa = HandOff(settings, ServingFile.BatasDesaPath, new BatasDesaHandoff(Path.GetFullPath(file), commandLine.Get("kolom-kode"), AreaRecord.Normalize(settings.Kabupaten)))
                                     ?? LoadBatasDesa(settings, file, commandLine.Get("kolom-kode"));
                    return Print(batasDesa);
                case ["coba", var tried]:
                    var trialInbox = Path.GetFullPath(commandLine.Get("inbox") ?? settings.Inbox);
                    var trial = HandOff(settings, ServingFile.CobaPath, new CobaHandoff(Path.GetFullPath(tried), trialInbox, commandLine.Get("profil"), commandLine.Get("puskesmas")))
                                ?? Try(settings, Path.GetFullPath(tried), trialInbox, commandLine.Get("profil"), commandLine.Get("puskesmas"));
                    return Print(trial);
                case ["kata-sandi"]:
                    var password = Console.ReadLine();
                    if (string.IsNullOrEmpty(password)) throw new ArgumentException("Kata sandi kosong.");
                    Console.WriteLine(PasswordHash.Create(password));
                    return 0;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (Exception e) when (ImportOutcome.IsCouldNotRun(e))
        {
            Console.Error.WriteLine($"Galat: {e.Message}");
            return 1;
        }
    }

    /// <summary>The same output and exit code whether the work ran here or in the dashboard.</summary>
    private static int Print(HandoffResult result)
    {
        if (result.Output.Length > 0) Console.WriteLine(result.Output);
        if (result.Error is not null) Console.Error.WriteLine($"Galat: {result.Error}");
        return result.ExitCode;
    }

    /// <summary>Work on an embedded warehouse that a running dashboard holds is done by that dashboard.</summary>
    private static HandoffResult? HandOff<TRequest>(PwsSettings settings, string path, TRequest request) =>
        SettingsValidator.Validated(settings).Warehouse.Provider.Equals("duckdb", StringComparison.OrdinalIgnoreCase)
            ? DashboardHandoff.TryRun(Path.GetFullPath(settings.Warehouse.Connection), path, request)
            : null;

    private static HandoffResult LoadBatasDesa(PwsSettings settings, string file, string? codeProperty)
    {
        using var services = Services(settings);
        new Migrator(services.GetRequiredService<Dialect>()).Apply();
        return BatasDesaImport.Outcome(services.GetRequiredService<BatasDesaImport>().Run(file, codeProperty));
    }

    private static HandoffResult Try(PwsSettings settings, string file, string inbox, string? profil, string? puskesmas)
    {
        using var services = Services(settings);
        var report = services.GetRequiredService<Sources.Profil.ProfilTrial>().Run(file, inbox, profil, puskesmas);
        return new HandoffResult(report.ExitCode, report.Text(), null);
    }

    /// <summary>Prepares the warehouse (schema, area master) and imports the inbox.</summary>
    public static ImportSummary Import(PwsSettings settings, string inbox, IEnumerable<ImportSource>? servers = null)
    {
        using var services = Services(settings);
        var dialect = services.GetRequiredService<Dialect>();
        // DuckDB closes its database, checkpointing it, whenever the last connection closes: held open for the whole run,
        // the sources (577 in a province) share one open database instead of each paying to reopen and checkpoint it.
        using var held = dialect.KeepOpen();
        new Migrator(dialect).Apply();
        return services.GetRequiredService<Importer>().Run(inbox, ImportSources.FhirServers(settings).Concat(servers ?? []));
    }

    /// <summary>The composition root for the command line: the same registrations as the web host's.</summary>
    private static ServiceProvider Services(PwsSettings settings)
    {
        var services = new ServiceCollection().AddPwsCore(_ => settings).AddPwsEtl().BuildServiceProvider();
        services.GetRequiredService<PwsSettings>();
        return services;
    }
}
