using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Area;
using Pws.Core.Composition;
using Pws.Core.Settings;
using Pws.Reports.Composition;
using Pws.Reports.Definitions;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;

namespace Pws.Reports.Cli;

/// <summary><c>export REPORT --filter value ... --format csv|xlsx --out FILE</c>, as in the data contract: any
/// report of the registry, with the filters it requires, for the whole area the warehouse serves.</summary>
public static class ExportCommand
{
    private const string CommonOptions = """
        Semua perintah menerima [--warehouse PATH|CONNSTR] [--provider duckdb|sqlserver] [--kabupaten 33.29];
        tanpa --kabupaten dipakai wilayah yang dicatat gudang data pada impor pertamanya.
        """;

    /// <summary>One line per report of the registry, then the options every command takes.</summary>
    public static string Usage(ReportRegistry registry) =>
        string.Join('\n', ["Penggunaan:", .. registry.Names.Select(n => "  " + FilterUsage.Line(registry.Get(n))), CommonOptions]);

    public static int Run(string[] args) => Run(args, TimeProvider.System);

    public static int Run(string[] args, TimeProvider clock)
    {
        try
        {
            var commandLine = new CommandLine(args);
            var settings = commandLine.ApplyTo(SettingsLoader.Load());
            using var services = new ServiceCollection().AddSingleton(clock).AddPwsCore(_ => settings).AddPwsReports().BuildServiceProvider();
            var registry = services.GetRequiredService<ReportRegistry>();
            if (commandLine.Words is not ["export", var name])
            {
                Console.Error.WriteLine(Usage(registry));
                return 2;
            }
            var dialect = services.GetRequiredService<Dialect>();
            new Migrator(dialect).Apply();

            var report = registry.Find(name)
                ?? throw new ArgumentException($"Laporan '{name}' tidak dikenal.\n{Usage(registry)}");
            foreach (var required in report.RequiredFilters) commandLine.Require(required);
            var scope = AreaScope.WholeOf(services.GetRequiredService<ServedArea>().Kode);
            var request = scope.Restrict(ReportRequest.From(commandLine.Get, report.LatestPeriode, clock, scope.TingkatAwal));
            var xlsx = commandLine.Require("format").ToLowerInvariant() switch
            {
                "csv" => false,
                "xlsx" => true,
                var other => throw new ArgumentException($"Format '{other}' tidak dikenal: gunakan csv atau xlsx."),
            };
            var output = commandLine.Require("out");
            var written = Write(output, file => xlsx
                ? report.WriteWorkbook(request, scope, file)
                : WriteCsv(report.Table(request, scope), file));
            Console.WriteLine($"{written} baris ditulis ke {output}.");
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or WarehouseUnavailableException or IOException)
        {
            Console.Error.WriteLine($"Galat: {e.Message}");
            return 1;
        }
        catch (DbException e)
        {
            Console.Error.WriteLine($"Galat gudang data: {e.Message}");
            return 1;
        }
    }

    private static int WriteCsv(ReportTable table, Stream file)
    {
        using var writer = new StreamWriter(file, ReportTable.Utf8, leaveOpen: true);
        table.WriteCsv(writer);
        return table.Rows.Count;
    }

    /// <summary>Written beside the target and moved at the end, so a failed export leaves no half file.</summary>
    private static int Write(string output, Func<Stream, int> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null) Directory.CreateDirectory(directory);
        var partial = output + ".sebagian";
        try
        {
            int written;
            using (var file = File.Create(partial)) written = write(file);
            File.Move(partial, output, overwrite: true);
            return written;
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }
}
