using Pws.Reports.Export;
using Pws.Reports.Catalog;
using Pws.Reports.Pws;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Settings;

namespace Pws.Reports.Cli;

/// <summary><c>export pws|spm|uhc|skrining|karantina ... --format csv|xlsx --out FILE</c>.</summary>
public static class ExportCommand
{
    private const string Usage = """
        Penggunaan:
          dotnet run --project Reports -- export pws --indikator K1 --periode 2026-03 [--puskesmas KODE] --format csv --out FILE [--warehouse PATH|CONNSTR] [--provider duckdb|sqlserver] [--kabupaten 33.29]
        """;

    public static int Run(string[] args)
    {
        try
        {
            var commandLine = new CommandLine(args);
            if (commandLine.Words is not ["export", var report])
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
            var settings = commandLine.ApplyTo(SettingsLoader.Load());
            var dialect = Dialect.Create(settings.Warehouse);
            var catalog = IndicatorCatalog.Load(settings.CatalogFile);
            var format = commandLine.Require("format").ToLowerInvariant();
            var output = commandLine.Require("out");

            switch (report.ToLowerInvariant())
            {
                case "pws":
                    var laporan = new PwsQuery(dialect, catalog, settings.Kabupaten).Run(
                        commandLine.Require("indikator"), Periode.Parse(commandLine.Require("periode")),
                        commandLine.Get("puskesmas"));
                    Write(output, format, writer => PwsCsv.Write(writer, laporan));
                    Console.WriteLine($"PWS {laporan.Indikator.Kode} {laporan.Periode}: {laporan.Desa.Count} desa ditulis ke {output}.");
                    return 0;
                default:
                    Console.Error.WriteLine($"Laporan '{report}' belum tersedia.\n{Usage}");
                    return 2;
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or WarehouseUnavailableException or IOException)
        {
            Console.Error.WriteLine($"Galat: {e.Message}");
            return 1;
        }
    }

    private static void Write(string path, string format, Action<TextWriter> writeCsv)
    {
        if (format != "csv") throw new ArgumentException($"Format '{format}' belum tersedia untuk laporan ini; gunakan csv.");
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(path, false, CsvTable.Utf8);
        writeCsv(writer);
    }
}
