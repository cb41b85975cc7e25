using Hangfire;
using Hangfire.States;
using Pws.Reports.Formatting;
using Pws.Reports.ImportRuns;

namespace Pws.Dashboard.Web.Impor;

/// <summary>How far an import started from a page has come: the nightly job (master files, then one job per puskesmas
/// source), read from Hangfire's monitoring and the warehouse's run history, for a page to follow it live.</summary>
public sealed class ImportProgress(JobStorage storage, RunHistoryQuery runs)
{
    /// <param name="Pesan">What a user reads now, in Indonesian.</param>
    /// <param name="Selesai">Nothing more will change: finished or failed.</param>
    public sealed record Kemajuan(string Pesan, bool Selesai, bool Gagal);

    /// <param name="jobId">The nightly job the page enqueued; the runs recorded since it was created belong to it.</param>
    /// <returns>Null when no such job is known (an edited or expired address).</returns>
    public Kemajuan? Read(string jobId)
    {
        var monitoring = storage.GetMonitoringApi();
        // Hangfire's ids are numbers (SQL Server) or GUIDs (in memory); anything else is not asked, some storages throw on it.
        if (!long.TryParse(jobId, out _) && !Guid.TryParse(jobId, out _)) return null;
        var details = monitoring.JobDetails(jobId);
        if (details?.CreatedAt is not { } mulaiUtc) return null;
        var state = details.History.FirstOrDefault();
        var own = runs.Recent().Where(r => r.Mulai >= mulaiUtc).ToList();
        var name = state?.StateName;
        if (name is null || name == EnqueuedState.StateName || name == ScheduledState.StateName || name == AwaitingState.StateName)
            return new("Impor dijadwalkan, menunggu giliran.", false, false);
        if (name == ProcessingState.StateName)
            return new("Impor berjalan: memuat berkas master (wilayah, sasaran, JKN).", false, false);
        if (name == FailedState.StateName)
        {
            var alasan = state!.Data.TryGetValue("ExceptionMessage", out var message) ? message : state.Reason;
            return new($"Impor gagal: {alasan}. Hangfire mencobanya lagi otomatis.", true, true);
        }
        if (name == DeletedState.StateName) return new("Impor dibatalkan.", true, true);
        var menunggu = monitoring.EnqueuedCount(EnqueuedState.DefaultQueue) + monitoring.ProcessingCount();
        var sumber = own.Count(r => r.KodePuskesmas is not null && r.Selesai is not null);
        if (menunggu > 0) return new($"Impor berjalan: {sumber} sumber puskesmas selesai, {menunggu} masih antre atau dimuat.", false, false);
        return new(Ringkasan(own), true, own.Any(r => r.Status == "GAGAL"));
    }

    private static string Ringkasan(IReadOnlyList<EtlRun> own)
    {
        var gagal = own.Count(r => r.Status == "GAGAL");
        var tetap = own.Count(r => r.TidakBerubah);
        return $"Impor selesai: {own.Count} sumber, {Indonesian.Count(own.Sum(r => r.Berkas))} berkas, " +
               $"{Indonesian.Count(own.Sum(r => r.BarisDimuat))} baris dimuat, {Indonesian.Count(own.Sum(r => r.BarisDikarantina))} dikarantina" +
               (tetap > 0 ? $"; {tetap} sumber tidak berubah sejak impor sebelumnya" : "") +
               (gagal > 0 ? $"; {gagal} sumber gagal (lihat Keterangan di tabel)" : "") + ".";
    }
}
