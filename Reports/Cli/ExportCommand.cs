using System.Data.Common;
using System.Globalization;
using Pws.Core.Catalog;
using Pws.Reports.Export;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;
using Pws.Core.Settings;
using Pws.Warehouse.Wilayah;

namespace Pws.Reports.Cli;

/// <summary><c>export pws|spm|uhc|skrining|karantina ... --format csv|xlsx --out FILE</c>, as in the data contract.</summary>
public static class ExportCommand
{
    private const string Usage = """
        Penggunaan:
          dotnet run --project Reports -- export pws --indikator K1 --periode 2026-03 [--puskesmas KODE] --format csv|xlsx --out FILE
          dotnet run --project Reports -- export spm --tahun 2026 [--sampai-bulan M] --tingkat desa|kecamatan|puskesmas|kabupaten --format csv|xlsx --out FILE
          dotnet run --project Reports -- export uhc --periode 2026-03 --format csv|xlsx --out FILE
          dotnet run --project Reports -- export skrining --tahun 2026 [--sampai-bulan M] --tingkat desa|kecamatan|puskesmas|kabupaten --format csv|xlsx --out FILE
          dotnet run --project Reports -- export karantina --format csv|xlsx --out FILE
        Semua perintah menerima [--warehouse PATH|CONNSTR] [--provider duckdb|sqlserver] [--kabupaten 33.29];
        tanpa --kabupaten dipakai wilayah yang dicatat gudang data pada impor pertamanya.
        """;

    public static int Run(string[] args) => Run(args, TimeProvider.System);

    public static int Run(string[] args, TimeProvider clock)
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
            var dialect = settings.Warehouse.CreateDialect();
            new Migrator(dialect).Apply();
            settings.Kabupaten = ServedArea.Resolve(dialect, settings.Kabupaten);
            var exporter = new ReportExporter(dialect, IndicatorCatalog.Load(settings.CatalogFile), settings, clock);
            var format = commandLine.Require("format").ToLowerInvariant() switch
            {
                "csv" => ExportFormat.Csv,
                "xlsx" => ExportFormat.Xlsx,
                var other => throw new ArgumentException($"Format '{other}' tidak dikenal: gunakan csv atau xlsx."),
            };
            var output = commandLine.Require("out");
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (directory is not null) Directory.CreateDirectory(directory);

            int Tahun() => int.Parse(commandLine.Require("tahun"), CultureInfo.InvariantCulture);
            int SampaiBulan(int tahun) => ReportPeriod.SampaiBulan(tahun,
                commandLine.Get("sampai-bulan") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : null, clock);
            Tingkat Tingkat() => TingkatParser.Parse(commandLine.Require("tingkat"));

            // Written beside the target and moved at the end, so a failed export leaves no half file.
            var partial = output + ".sebagian";
            int written;
            try
            {
                using (var file = File.Create(partial))
                {
                    written = report.ToLowerInvariant() switch
                    {
                        "pws" => exporter.Pws(commandLine.Require("indikator"), Periode.Parse(commandLine.Require("periode")),
                            commandLine.Get("puskesmas"), format, file),
                        "spm" => exporter.Spm(Tahun(), SampaiBulan(Tahun()), Tingkat(), format, file),
                        "uhc" => exporter.Uhc(Periode.Parse(commandLine.Require("periode")), format, file),
                        "skrining" => exporter.Skrining(Tahun(), SampaiBulan(Tahun()), Tingkat(), commandLine.Get("kegiatan"), format, file),
                        "karantina" => exporter.Karantina(format, file),
                        _ => throw new ArgumentException($"Laporan '{report}' tidak dikenal.\n{Usage}"),
                    };
                }
                File.Move(partial, output, overwrite: true);
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
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
}
