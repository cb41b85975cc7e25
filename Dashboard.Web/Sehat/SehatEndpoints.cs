using Pws.Reports.ImportRuns;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Sehat;

/// <summary>Health answers for systemd, IIS or a load balancer: without sign-in and without any figure or name of the
/// area. <c>/sehat</c> says the process answers; <c>/sehat/siap</c> whether it can serve (the warehouse answers a query,
/// the disk beside an embedded warehouse has room), with the last import's state.</summary>
public static class SehatEndpoints
{
    public const string Hidup = "/sehat";
    public const string Siap = "/sehat/siap";

    /// <summary>Below this, imports and DuckDB's spilling would fail: not ready.</summary>
    public const long RuangDiskMinimum = 512L * 1024 * 1024;

    public sealed record Kesiapan(string Status, string GudangData, long? RuangDiskBebas, string? ImporTerakhir, DateTime? ImporSelesai, string? Alasan);

    public static void MapSehat(this WebApplication app)
    {
        app.MapGet(Hidup, () => Results.Text("hidup")).AllowAnonymous().DisableAntiforgery();
        app.MapGet(Siap, (Dialect dialect, RunHistoryQuery runs, ILoggerFactory logs, HttpResponse response) =>
        {
            var kesiapan = Check(dialect, runs, logs.CreateLogger("Pws.GudangData"));
            if (kesiapan.Status == "siap") return Results.Json(kesiapan);
            Hosting.WarehouseFaults.Unavailable(response);
            return Results.Json(kesiapan, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().DisableAntiforgery();
    }

    private static Kesiapan Check(Dialect dialect, RunHistoryQuery runs, ILogger logger)
    {
        long? free = null;
        if (dialect is DuckDbDialect && Path.GetDirectoryName(dialect.Location) is { Length: > 0 } folder)
            free = new DriveInfo(Path.GetPathRoot(Path.GetFullPath(folder))!).AvailableFreeSpace;
        EtlRun? run;
        try
        {
            run = runs.Latest();
        }
        catch (Exception e) when (Hosting.WarehouseFaults.Handles(e, dialect, logger) || e is System.Data.Common.DbException)
        {
            return new Kesiapan("tidak siap", "tidak dapat dibaca", free, null, null, "Gudang data tidak menjawab kueri.");
        }
        var alasan = free < RuangDiskMinimum ? $"Ruang disk gudang data tinggal {free / 1024 / 1024} MB." : null;
        return new Kesiapan(alasan is null ? "siap" : "tidak siap", "terbuka", free, run?.Status, run?.Selesai, alasan);
    }
}
