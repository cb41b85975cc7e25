using Pws.Dashboard.Web.Security;
using Pws.Core.Catalog;
using Pws.Reports.Charts;
using Pws.Reports.Export;
using Pws.Reports.Pws;
using Pws.Reports.Skrining;
using Pws.Reports.Spm;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;
using Pws.Core.Settings;

namespace Pws.Dashboard.Web.Api;

/// <summary>The JSON API (the columns of the CSV exports, the same filters as the pages), the pages'
/// workbook and chart downloads; all within the signed-in user's area.</summary>
public static class ReportEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReports(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/pws", (HttpContext context, Reports reports) => reports.Json(context, (f, scope) =>
            CsvTable.Records(PwsCsv.Header, PwsCsv.Rows(reports.Pws.Run(f.Indikator, f.Periode, f.Puskesmas)))));
        api.MapGet("/spm", (HttpContext context, Reports reports) => reports.Json(context, (f, scope) =>
            CsvTable.Records(SpmCsv.Header, SpmCsv.Rows(reports.Spm.Run(f.Tahun, f.SampaiBulan, f.Tingkat).Where(r => scope.Allows(r.KodeWilayah))))));
        api.MapGet("/uhc", (HttpContext context, Reports reports) => reports.Json(context, (f, scope) =>
            CsvTable.Records(UhcCsv.Header, UhcCsv.Rows(reports.Uhc.Run(f.Periode).Where(r => scope.Allows(r.KodeDesa))))));
        api.MapGet("/skrining", (HttpContext context, Reports reports) => reports.Json(context, (f, scope) =>
            CsvTable.Records(SkriningCsv.Header, SkriningCsv.Rows(reports.Skrining.Run(f.Tahun, f.SampaiBulan, f.Tingkat, f.Kegiatan)
                .Where(r => scope.Allows(r.KodeWilayah))))));

        app.MapGet("/ekspor/{laporan}.xlsx", (string laporan, HttpContext context, Reports reports, ReportExporter exporter) =>
            reports.Download(context, (f, scope) =>
            {
                // Only the PWS workbook is cut to one puskesmas; the others show the whole kabupaten.
                if (!scope.Kabupaten && laporan != "pws") return Results.Forbid();
                var buffer = new MemoryStream();
                switch (laporan)
                {
                    case "pws": exporter.Pws(f.Indikator, f.Periode, f.Puskesmas, ExportFormat.Xlsx, buffer); break;
                    case "spm": exporter.Spm(f.Tahun, f.SampaiBulan, f.Tingkat, ExportFormat.Xlsx, buffer); break;
                    case "uhc": exporter.Uhc(f.Periode, ExportFormat.Xlsx, buffer); break;
                    case "skrining": exporter.Skrining(f.Tahun, f.SampaiBulan, f.Tingkat, f.Kegiatan, ExportFormat.Xlsx, buffer); break;
                    case "karantina": exporter.Karantina(ExportFormat.Xlsx, buffer); break;
                    default: return Results.NotFound();
                }
                buffer.Position = 0;
                return Results.File(buffer, XlsxType, $"{laporan}-{f.Periode}.xlsx");
            }));
        app.MapGet("/ekspor/pws.png", (HttpContext context, Reports reports) => reports.Download(context, (f, _) =>
            Results.File(PwsChart.Png(reports.Pws.Run(f.Indikator, f.Periode, f.Puskesmas)), "image/png", $"pws-{f.Indikator}-{f.Periode}.png")));
        app.MapGet("/ekspor/spm.png", (HttpContext context, Reports reports) => reports.Download(context, (f, scope) =>
        {
            var level = scope.Kabupaten ? Tingkat.Kabupaten : Tingkat.Puskesmas;
            var rows = reports.Spm.Run(f.Tahun, f.SampaiBulan, level).Where(r => scope.Allows(r.KodeWilayah)).ToList();
            return Results.File(SpmChart.Png(rows, $"Capaian SPM {f.Tahun}"), "image/png", $"spm-{f.Tahun}.png");
        }));
    }

    /// <summary>The report queries of this deployment, and the user's filters cut to the user's area.</summary>
    public sealed class Reports(Dialect dialect, IndicatorCatalog catalog, PwsSettings settings, PwsQuery pws, AreaScopeFactory scopes,
        TimeProvider clock)
    {
        public PwsQuery Pws { get; } = pws;
        public SpmQuery Spm { get; } = new(dialect, catalog, settings.Kabupaten);
        public UhcQuery Uhc { get; } = new(dialect, settings.Kabupaten, settings.Uhc);
        public SkriningQuery Skrining { get; } = new(dialect, settings.Kabupaten, settings.Skrining);

        /// <summary>A puskesmas user's PWS is always their own; their SPM and screening levels stop at the puskesmas.</summary>
        private (ReportFilters, AreaScope) Filters(HttpContext context)
        {
            var scope = scopes.For(context.User);
            var filters = ReportFilters.From(context.Request.Query, Pws, clock);
            if (scope.Kabupaten) return (filters, scope);
            var tingkat = filters.Tingkat is Tingkat.Kabupaten or Tingkat.Kecamatan ? Tingkat.Puskesmas : filters.Tingkat;
            return (filters with { Puskesmas = scope.KodePuskesmas, Tingkat = tingkat }, scope);
        }

        public IResult Json(HttpContext context, Func<ReportFilters, AreaScope, IEnumerable<Dictionary<string, object?>>> rows) =>
            Download(context, (f, scope) => Results.Json(rows(f, scope).ToList()));

        public IResult Download(HttpContext context, Func<ReportFilters, AreaScope, IResult> result)
        {
            try
            {
                var (filters, scope) = Filters(context);
                return scope == AreaScope.None ? Results.Forbid() : result(filters, scope);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return Results.BadRequest(e.Message);
            }
        }
    }
}
