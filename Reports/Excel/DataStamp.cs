using Pws.Reports.Formatting;
using Pws.Reports.KualitasData;

namespace Pws.Reports.Excel;

/// <summary>"Data per ...; dibuat ...": every sheet says how fresh its figures are.</summary>
public static class DataStamp
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static string Text(EtlRun? lastRun, TimeProvider clock)
    {
        var made = Indonesian.DateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Jakarta).DateTime);
        if (lastRun is null) return $"Belum ada impor data; dibuat {made} WIB.";
        var data = Indonesian.DateTime(TimeZoneInfo.ConvertTimeFromUtc(
            DateTime.SpecifyKind(lastRun.Selesai ?? lastRun.Mulai, DateTimeKind.Utc), Jakarta));
        return $"Data per {data} WIB (impor #{lastRun.IdRun}, {lastRun.Status}); dibuat {made} WIB.";
    }
}
