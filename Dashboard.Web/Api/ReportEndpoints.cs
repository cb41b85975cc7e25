using Pws.Dashboard.Web.Security;
using Pws.Reports.Definitions;
using Pws.Reports.Desa;
using Pws.Reports.Pws;
using Pws.Reports.Ringkasan;
using Pws.Reports.Spm;
using Pws.Reports.Templat;

namespace Pws.Dashboard.Web.Api;

/// <summary>Every report of the registry as JSON (<c>/api/NAME</c>, a page of it with <c>halaman</c> and <c>ukuran</c>), as CSV (<c>/ekspor/NAME.csv</c>, the command line's
/// export) and as a workbook (<c>/ekspor/NAME.xlsx</c>), with the pages' filters and within the signed-in user's area;
/// the two charts, and the templates a puskesmas without an export fills by hand (<c>/ekspor/templat/{jenis}.xlsx</c>). A request
/// outside the user's area is refused with 403.</summary>
public static class ReportEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public static void MapReports(this WebApplication app)
    {
        app.MapGet("/api/{laporan}", (string laporan, HttpContext context, ReportRequests requests) =>
            requests.Answer(context, laporan, (report, request, scope) => ApiPage.Answer(context.Request.Query, report, request, scope)));

        // The read models of the summary page and of a village's profile, as the pages render them.
        app.MapGet("/api/ringkasan", (HttpContext context, ReportRequests requests, RingkasanQuery ringkasan) =>
            requests.Within(context, scope => Results.Json(ringkasan.Read(scope))));
        app.MapGet("/api/desa/{kode}", (string kode, HttpContext context, ReportRequests requests, DesaProfilQuery profil) =>
            requests.Within(context, scope => profil.Read(kode, scope) is { } desa ? Results.Json(desa) : Results.NotFound()));

        app.MapGet("/ekspor/{laporan}.csv", (string laporan, HttpContext context, ReportRequests requests) =>
            requests.Answer(context, laporan, (report, request, scope) =>
                Results.File(report.Table(request, scope).CsvBytes(), CsvType, $"{report.Name}-{request.Periode}.csv")));

        app.MapGet("/ekspor/{laporan}.xlsx", (string laporan, HttpContext context, ReportRequests requests, RenderingQueue queue) =>
            queue.RenderAsync(context, () => requests.Answer(context, laporan, (report, request, scope) =>
            {
                if (!scope.Kabupaten && !report.WorkbookForPuskesmas) return ReportRequests.Refused("Akses ditolak: buku kerja ini memuat seluruh wilayah.");
                return Workbook(file => report.WriteWorkbook(request, scope, file), $"{report.Name}-{request.Periode}.xlsx");
            })));

        // An empty workbook to fill by hand, its drop-downs listing the user's villages and puskesmas.
        app.MapGet("/ekspor/templat/{jenis}.xlsx", async (string jenis, HttpContext context, ReportRequests requests, TemplatBerkas templat,
                RenderingQueue queue) =>
            JenisTemplat.Find(jenis) is { } kind
                ? await queue.RenderAsync(context, () => requests.Within(context, scope =>
                    Workbook(file => templat.Write(kind, scope, file), $"{kind.Nama}_templat.xlsx")))
                : Results.NotFound());

        app.MapGet("/ekspor/pws.png", (HttpContext context, ReportRequests requests, PwsReport pws, RenderingQueue queue) =>
            queue.RenderAsync(context, () => requests.Answer(context, pws.Name, (_, request, scope) =>
                Results.File(PwsChart.Png(pws.Read(request, scope)), "image/png", $"pws-{request.Indikator}-{request.Periode}.png"))));

        app.MapGet("/ekspor/spm.png", (HttpContext context, ReportRequests requests, SpmReport spm, RenderingQueue queue) =>
            queue.RenderAsync(context, () => requests.Answer(context, spm.Name, (_, request, scope) =>
            {
                var rows = spm.Read(request with { Tingkat = scope.PilihanTingkat[0], Induk = null }, scope).Rows;
                return Results.File(SpmChart.Png(rows, $"Capaian SPM {request.Tahun}"), "image/png", $"spm-{request.Tahun}.png");
            })));
    }

    /// <summary>Written to a private temporary file, sent from there and deleted when sent: the process keeps no copy.</summary>
    private static IResult Workbook(Action<Stream> write, string name)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose);
        write(file);
        file.Position = 0;
        return Results.File(file, XlsxType, name);
    }
}

/// <summary>Looks a report up, reads its filters from the query string and the user's area from the sign-in.</summary>
public sealed class ReportRequests(ReportRegistry registry, AreaScopeFactory scopes, TimeProvider clock)
{
    public IResult Answer(HttpContext context, string name, Func<IReport, ReportRequest, AreaScope, IResult> answer)
    {
        if (registry.Find(name) is not { } report) return Results.NotFound();
        if (report.ShowsRecords && !AccessSetup.RecordReaders.Split(',').Any(context.User.IsInRole))
            return Refused("Akses ditolak: catatan per baris (karantina, daftar tindak lanjut) hanya untuk admin, analis Dinkes dan kepala puskesmas.");
        return Within(context, scope =>
        {
            var query = context.Request.Query;
            var request = ReportRequest.From(n => query.TryGetValue(n, out var value) ? value.ToString() : null, report.LatestPeriode, clock,
                scope.TingkatAwal);
            return answer(report, scope.Restrict(request), scope);
        });
    }

    /// <summary>Answers within the user's area: a bad filter is a 400, an area outside the user's a 403.</summary>
    public IResult Within(HttpContext context, Func<AreaScope, IResult> answer)
    {
        var scope = scopes.For(context.User);
        if (scope == AreaScope.None) return Refused("Akses ditolak: akun ini tidak terikat pada wilayah mana pun.");
        try
        {
            return answer(scope);
        }
        catch (AreaForbiddenException e)
        {
            return Refused(e.Message);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return Results.BadRequest(e.Message);
        }
    }

    internal static IResult Refused(string message) => Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
}
