using Pws.Core.Catalog;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;
using Pws.Reports.KualitasData;
using Pws.Reports.Pws;
using Pws.Reports.Skrining;
using Pws.Reports.Spm;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;
using Pws.Core.Settings;

namespace Pws.Reports.Export;

public enum ExportFormat { Csv, Xlsx }

/// <summary>Every report as CSV for machines or as a workbook for people: what the command line and the
/// dashboard's downloads write, so both give the same figures. Returns the number of data rows.</summary>
public sealed class ReportExporter(Dialect dialect, IndicatorCatalog catalog, PwsSettings settings, TimeProvider clock)
{
    private string Stamp => DataStamp.Text(new RunHistoryQuery(dialect).Latest(), clock);

    private static string YearToDate(int tahun, int sampaiBulan) => $"Tahun {tahun}, Januari s.d. {Indonesian.MonthName(sampaiBulan)}";

    public int Pws(string indikator, Periode periode, string? puskesmas, ExportFormat format, Stream output)
    {
        var query = new PwsQuery(dialect, catalog, settings.Kabupaten);
        var laporan = query.Run(indikator, periode, puskesmas);
        Write(format, output, writer => PwsCsv.Write(writer, laporan), () =>
        {
            // The workbook carries every PWS indicator, the one asked for first.
            var others = catalog.Kelompok("PWS").Where(i => i.Kode != laporan.Indikator.Kode).Select(i => query.Run(i.Kode, periode, puskesmas));
            var area = new AreaQuery(dialect, settings.Kabupaten);
            var wilayah = puskesmas is null
                ? area.NamaKabupaten()
                : area.Puskesmas().FirstOrDefault(p => p.Kode == puskesmas)?.Nama ?? puskesmas;
            PwsWorkbook.Write(output, [laporan, .. others], wilayah, Stamp, settings.UciAmbang);
        });
        return laporan.Desa.Count;
    }

    public int Spm(int tahun, int sampaiBulan, Tingkat tingkat, ExportFormat format, Stream output)
    {
        var query = new SpmQuery(dialect, catalog, settings.Kabupaten);
        var rows = query.Run(tahun, sampaiBulan, tingkat);
        Write(format, output, writer => SpmCsv.Write(writer, rows), () =>
        {
            var levels = new[] { Tingkat.Kabupaten, Tingkat.Kecamatan, Tingkat.Puskesmas, Tingkat.Desa }
                .Select(level => (level, level == tingkat ? rows : query.Run(tahun, sampaiBulan, level))).ToList();
            SpmWorkbook.Write(output, rows, tingkat, levels, catalog.Kelompok("SPM").ToList(), YearToDate(tahun, sampaiBulan), Stamp);
        });
        return rows.Count;
    }

    public int Uhc(Periode periode, ExportFormat format, Stream output)
    {
        var query = new UhcQuery(dialect, settings.Kabupaten, settings.Uhc);
        var rows = query.Run(periode);
        Write(format, output, writer => UhcCsv.Write(writer, rows), () =>
            UhcWorkbook.Write(output, rows, query.Total(rows, new AreaQuery(dialect, settings.Kabupaten).NamaKabupaten()),
                $"Periode {periode.Nama}", Stamp));
        return rows.Count;
    }

    public int Skrining(int tahun, int sampaiBulan, Tingkat tingkat, string? kegiatan, ExportFormat format, Stream output)
    {
        var rows = new SkriningQuery(dialect, settings.Kabupaten, settings.Skrining).Run(tahun, sampaiBulan, tingkat, kegiatan);
        Write(format, output, writer => SkriningCsv.Write(writer, rows), () => SkriningWorkbook.Write(output, rows,
            $"{YearToDate(tahun, sampaiBulan)}, tingkat {SpmWorkbook.Label(tingkat).ToLowerInvariant()}" +
            (kegiatan is null ? "" : $", kegiatan {kegiatan.ToUpperInvariant()}"), Stamp));
        return rows.Count;
    }

    public int Karantina(ExportFormat format, Stream output)
    {
        var entries = new KarantinaQuery(dialect).All();
        Write(format, output, writer => KarantinaQuery.WriteCsv(writer, entries), () => KarantinaWorkbook.Write(output, entries, Stamp));
        return entries.Count;
    }

    private static void Write(ExportFormat format, Stream output, Action<TextWriter> csv, Action xlsx)
    {
        if (format == ExportFormat.Xlsx)
        {
            xlsx();
            return;
        }
        using var writer = new StreamWriter(output, CsvTable.Utf8, leaveOpen: true);
        csv(writer);
    }
}
