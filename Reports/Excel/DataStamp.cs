using Pws.Core.Time;
using Pws.Reports.Formatting;
using Pws.Reports.ImportRuns;

namespace Pws.Reports.Excel;

/// <summary>"Data per ...; dibuat ...": every sheet says how fresh its figures are.</summary>
[ReportService]
public sealed class DataStamp(RunHistoryQuery runs, TimeProvider clock)
{
    public string Text() => Text(runs.Latest(), clock);

    public static string Text(EtlRun? lastRun, TimeProvider clock)
    {
        var made = Indonesian.DateTime(Wib.Now(clock).DateTime);
        if (lastRun is null) return $"Belum ada impor data; dibuat {made} WIB.";
        var data = Indonesian.DateTime(Wib.FromUtc(lastRun.Selesai ?? lastRun.Mulai));
        return $"Data per {data} WIB (impor #{lastRun.IdRun}, {lastRun.Status}); dibuat {made} WIB.";
    }
}
