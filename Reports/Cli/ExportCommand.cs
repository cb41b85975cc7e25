using System.Data.Common;
using System.Globalization;
using Pws.Reports.Catalog;
using Pws.Reports.Excel;
using Pws.Reports.Export;
using Pws.Reports.Formatting;
using Pws.Reports.KualitasData;
using Pws.Reports.Pws;
using Pws.Reports.Skrining;
using Pws.Reports.Spm;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;
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
            var dialect = Dialect.Create(settings.Warehouse);
            new Migrator(dialect).Apply();
            var export = new Export(dialect, IndicatorCatalog.Load(settings.CatalogFile), settings, clock,
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
        catch (DbException e)
        {
            Console.Error.WriteLine($"Galat gudang data: {e.Message}");
            return 1;
        }
    }

    /// <summary>One export's inputs, read from the command line: CSV for machines, a workbook for people.</summary>
    private sealed class Export(Dialect dialect, IndicatorCatalog catalog, PwsSettings settings, TimeProvider clock, CommandLine commandLine)
    {
        private int Tahun => int.Parse(commandLine.Require("tahun"), CultureInfo.InvariantCulture);

        private int SampaiBulan(int tahun) => ReportPeriod.SampaiBulan(tahun,
            commandLine.Get("sampai-bulan") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : null, clock);

        private Tingkat Tingkat => TingkatParser.Parse(commandLine.Require("tingkat"));

        private string Stamp => DataStamp.Text(new RunHistoryQuery(dialect).Latest(), clock);

        private static string YearToDate(int tahun, int sampaiBulan) =>
            $"Tahun {tahun}, Januari s.d. {Indonesian.MonthName(sampaiBulan)}";

        public int Pws(string format, string output)
        {
            var query = new PwsQuery(dialect, catalog, settings.Kabupaten);
            var periode = Periode.Parse(commandLine.Require("periode"));
            var puskesmas = commandLine.Get("puskesmas");
            var laporan = query.Run(commandLine.Require("indikator"), periode, puskesmas);
            Write(format, output, writer => PwsCsv.Write(writer, laporan), stream =>
            {
                // The workbook carries every PWS indicator, the one asked for first.
                var others = catalog.Kelompok("PWS").Where(i => i.Kode != laporan.Indikator.Kode)
                    .Select(i => query.Run(i.Kode, periode, puskesmas));
                var area = new AreaQuery(dialect, settings.Kabupaten);
                var wilayah = puskesmas is null
                    ? area.NamaKabupaten()
                    : area.Puskesmas().FirstOrDefault(p => p.Kode == puskesmas)?.Nama ?? puskesmas;
                PwsWorkbook.Write(stream, [laporan, .. others], wilayah, Stamp, settings.UciAmbang);
            });
            return laporan.Desa.Count;
        }

        public int Spm(string format, string output)
        {
            var tahun = Tahun;
            var sampaiBulan = SampaiBulan(tahun);
            var query = new SpmQuery(dialect, catalog, settings.Kabupaten);
            var tingkat = Tingkat;
            var rows = query.Run(tahun, sampaiBulan, tingkat);
            Write(format, output, writer => SpmCsv.Write(writer, rows), stream =>
            {
                var levels = new[] { Tingkat.Kabupaten, Tingkat.Kecamatan, Tingkat.Puskesmas, Tingkat.Desa }
                    .Select(level => (level, level == tingkat ? rows : query.Run(tahun, sampaiBulan, level))).ToList();
                SpmWorkbook.Write(stream, rows, tingkat, levels, catalog.Kelompok("SPM").ToList(), YearToDate(tahun, sampaiBulan), Stamp);
            });
            return rows.Count;
        }

        public int Uhc(string format, string output)
        {
            var periode = Periode.Parse(commandLine.Require("periode"));
            var query = new UhcQuery(dialect, settings.Kabupaten, settings.Uhc);
            var rows = query.Run(periode);
            Write(format, output, writer => UhcCsv.Write(writer, rows), stream =>
            {
                var withData = rows.Where(r => r.Penduduk is not null).ToList();
                var kabupaten = query.Compute(settings.Kabupaten, new AreaQuery(dialect, settings.Kabupaten).NamaKabupaten(),
                    withData.Sum(r => r.Penduduk), withData.Sum(r => r.PesertaJkn), withData.Sum(r => r.PesertaAktif));
                UhcWorkbook.Write(stream, rows, kabupaten, $"Periode {periode.Nama}", Stamp);
            });
            return rows.Count;
        }

        public int Skrining(string format, string output)
        {
            var tahun = Tahun;
            var sampaiBulan = SampaiBulan(tahun);
            var kegiatan = commandLine.Get("kegiatan");
            var rows = new SkriningQuery(dialect, settings.Kabupaten, settings.Skrining).Run(tahun, sampaiBulan, Tingkat, kegiatan);
            Write(format, output, writer => SkriningCsv.Write(writer, rows), stream => SkriningWorkbook.Write(stream, rows,
                $"{YearToDate(tahun, sampaiBulan)}, tingkat {SpmWorkbook.Label(Tingkat).ToLowerInvariant()}" +
                (kegiatan is null ? "" : $", kegiatan {kegiatan.ToUpperInvariant()}"), Stamp));
            return rows.Count;
        }

        public int Karantina(string format, string output)
        {
            var entries = new KarantinaQuery(dialect).All();
            Write(format, output, writer => KarantinaQuery.WriteCsv(writer, entries),
                stream => KarantinaWorkbook.Write(stream, entries, Stamp));
            return entries.Count;
        }

        private static void Write(string format, string path, Action<TextWriter> csv, Action<Stream> xlsx)
        {
            if (format == "xlsx")
            {
                using var file = File.Create(path);
                xlsx(file);
                return;
            }
            using var writer = new StreamWriter(path, false, CsvTable.Utf8);
            csv(writer);
        }
    }
}
