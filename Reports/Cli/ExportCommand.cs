using System.Globalization;
using Pws.Reports.Catalog;
using Pws.Reports.Export;
using Pws.Reports.KualitasData;
using Pws.Reports.Pws;
using Pws.Reports.Skrining;
using Pws.Reports.Spm;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Settings;

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
        Semua perintah menerima [--warehouse PATH|CONNSTR] [--provider duckdb|sqlserver] [--kabupaten 33.29].
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
            var export = new Export(Dialect.Create(settings.Warehouse), IndicatorCatalog.Load(settings.CatalogFile), settings, clock,
                commandLine);
            var format = commandLine.Require("format").ToLowerInvariant();
            if (format is not ("csv" or "xlsx")) throw new ArgumentException($"Format '{format}' tidak dikenal: gunakan csv atau xlsx.");
            var output = commandLine.Require("out");
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (directory is not null) Directory.CreateDirectory(directory);

            var written = report.ToLowerInvariant() switch
            {
                "pws" => export.Pws(format, output),
                "spm" => export.Spm(format, output),
                "uhc" => export.Uhc(format, output),
                "skrining" => export.Skrining(format, output),
                "karantina" => export.Karantina(format, output),
                _ => throw new ArgumentException($"Laporan '{report}' tidak dikenal.\n{Usage}"),
            };
            Console.WriteLine($"{written} baris ditulis ke {output}.");
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or WarehouseUnavailableException or IOException)
        {
            Console.Error.WriteLine($"Galat: {e.Message}");
            return 1;
        }
    }

    /// <summary>One export's inputs, read from the command line.</summary>
    private sealed class Export(Dialect dialect, IndicatorCatalog catalog, PwsSettings settings, TimeProvider clock, CommandLine commandLine)
    {
        private int Tahun => int.Parse(commandLine.Require("tahun"), CultureInfo.InvariantCulture);

        private int SampaiBulan(int tahun) => ReportPeriod.SampaiBulan(tahun,
            commandLine.Get("sampai-bulan") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : null, clock);

        private Tingkat Tingkat => TingkatParser.Parse(commandLine.Require("tingkat"));

        public int Pws(string format, string output)
        {
            var laporan = new PwsQuery(dialect, catalog, settings.Kabupaten).Run(
                commandLine.Require("indikator"), Periode.Parse(commandLine.Require("periode")), commandLine.Get("puskesmas"));
            Write(format, output, writer => PwsCsv.Write(writer, laporan));
            return laporan.Desa.Count;
        }

        public int Spm(string format, string output)
        {
            var tahun = Tahun;
            var rows = new SpmQuery(dialect, catalog, settings.Kabupaten).Run(tahun, SampaiBulan(tahun), Tingkat);
            Write(format, output, writer => SpmCsv.Write(writer, rows));
            return rows.Count;
        }

        public int Uhc(string format, string output)
        {
            var rows = new UhcQuery(dialect, settings.Kabupaten, settings.Uhc).Run(Periode.Parse(commandLine.Require("periode")));
            Write(format, output, writer => UhcCsv.Write(writer, rows));
            return rows.Count;
        }

        public int Skrining(string format, string output)
        {
            var tahun = Tahun;
            var rows = new SkriningQuery(dialect, settings.Kabupaten, settings.Skrining)
                .Run(tahun, SampaiBulan(tahun), Tingkat, commandLine.Get("kegiatan"));
            Write(format, output, writer => SkriningCsv.Write(writer, rows));
            return rows.Count;
        }

        public int Karantina(string format, string output)
        {
            var entries = new KarantinaQuery(dialect).All();
            Write(format, output, writer => KarantinaQuery.WriteCsv(writer, entries));
            return entries.Count;
        }

        private static void Write(string format, string path, Action<TextWriter> csv)
        {
            if (format != "csv") throw new ArgumentException("Format xlsx belum tersedia untuk laporan ini; gunakan csv.");
            using var writer = new StreamWriter(path, false, CsvTable.Utf8);
            csv(writer);
        }
    }
}
