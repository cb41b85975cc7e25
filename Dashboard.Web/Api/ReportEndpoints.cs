using Pws.Reports.Catalog;
using Pws.Reports.Export;
using Pws.Reports.Pws;
using Pws.Reports.Skrining;
using Pws.Reports.Spm;
using Pws.Reports.Uhc;
using Pws.Warehouse.Settings;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Api;

/// <summary>The JSON API (the columns of the CSV exports, the same filters as the pages) and the pages'
/// workbook downloads.</summary>
public static class ReportEndpoints
{
    public static void MapReports(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/pws", (HttpRequest request, Reports reports) => reports.Json(request, (f, r) =>
            CsvTable.Records(PwsCsv.Header, PwsCsv.Rows(r.Pws.Run(f.Indikator, f.Periode, f.Puskesmas)))));
        api.MapGet("/spm", (HttpRequest request, Reports reports) => reports.Json(request, (f, r) =>
            CsvTable.Records(SpmCsv.Header, SpmCsv.Rows(r.Spm.Run(f.Tahun, f.SampaiBulan, f.Tingkat)))));
        api.MapGet("/uhc", (HttpRequest request, Reports reports) => reports.Json(request, (f, r) =>
            CsvTable.Records(UhcCsv.Header, UhcCsv.Rows(r.Uhc.Run(f.Periode)))));
        api.MapGet("/skrining", (HttpRequest request, Reports reports) => reports.Json(request, (f, r) =>
            CsvTable.Records(SkriningCsv.Header, SkriningCsv.Rows(r.Skrining.Run(f.Tahun, f.SampaiBulan, f.Tingkat, f.Kegiatan)))));

        MapCharts(app);
        app.MapGet("/ekspor/{laporan}.xlsx", (string laporan, HttpRequest request, Reports reports, ReportExporter exporter) =>
        {
            ReportFilters filters;
            try { filters = reports.Filters(request); }
            catch (Exception e) when (e is FormatException or ArgumentException) { return Results.BadRequest(e.Message); }
            if (laporan is not ("pws" or "spm" or "uhc" or "skrining" or "karantina")) return Results.NotFound();
            var buffer = new MemoryStream();
            _ = laporan switch
            {
                "pws" => exporter.Pws(filters.Indikator, filters.Periode, filters.Puskesmas, ExportFormat.Xlsx, buffer),
                "spm" => exporter.Spm(filters.Tahun, filters.SampaiBulan, filters.Tingkat, ExportFormat.Xlsx, buffer),
                "uhc" => exporter.Uhc(filters.Periode, ExportFormat.Xlsx, buffer),
                "skrining" => exporter.Skrining(filters.Tahun, filters.SampaiBulan, filters.Tingkat, filters.Kegiatan, ExportFormat.Xlsx, buffer),
                _ => exporter.Karantina(ExportFormat.Xlsx, buffer),
            };
            buffer.Position = 0;
            return Results.File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{laporan}-{filters.Periode}.xlsx");
        });
    }

    /// <summary>The pages' charts as PNG, drawn as on the page.</summary>
    private static void MapCharts(WebApplication app)
    {
        app.MapGet("/ekspor/pws.png", (HttpRequest request, Reports reports) =>
        {
            var f = reports.Filters(request);
            return Results.File(Pws.Reports.Charts.PwsChart.Png(reports.Pws.Run(f.Indikator, f.Periode, f.Puskesmas)), "image/png",
                $"pws-{f.Indikator}-{f.Periode}.png");
        });
        app.MapGet("/ekspor/spm.png", (HttpRequest request, Reports reports) =>
        {
            var f = reports.Filters(request);
            return Results.File(Pws.Reports.Charts.SpmChart.Png(reports.Spm.Run(f.Tahun, f.SampaiBulan, Pws.Reports.Wilayah.Tingkat.Kabupaten),
                $"Capaian SPM {f.Tahun}"), "image/png", $"spm-{f.Tahun}.png");
        });
    }

    /// <summary>The report queries of this deployment, built from its settings.</summary>
    public sealed class Reports(Dialect dialect, IndicatorCatalog catalog, PwsSettings settings, PwsQuery pws, TimeProvider clock)
    {
        public PwsQuery Pws { get; } = pws;
        public SpmQuery Spm { get; } = new(dialect, catalog, settings.Kabupaten);
        public UhcQuery Uhc { get; } = new(dialect, settings.Kabupaten, settings.Uhc);
        public SkriningQuery Skrining { get; } = new(dialect, settings.Kabupaten, settings.Skrining);

        public ReportFilters Filters(HttpRequest request) => ReportFilters.From(request.Query, Pws, clock);

        public IResult Json(HttpRequest request, Func<ReportFilters, Reports, IEnumerable<Dictionary<string, object?>>> rows)
        {
            try
            {
                return Results.Json(rows(Filters(request), this).ToList());
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return Results.BadRequest(e.Message);
            }
        }
    }
}
