using System.Collections.Concurrent;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Audit;

/// <summary>The audit trail in the warehouse. Events are queued and written in batches (every API call is one), so
/// a request never waits on the write; reading the trail writes what is queued first.</summary>
public sealed class AuditTrail(Dialect dialect, TimeProvider clock)
{
    private const int LongestText = 1000;
    private readonly ConcurrentQueue<JejakBaru> queued = new();
    private readonly Lock writing = new();

    public void Record(string? pengguna, string peristiwa, string? sasaran = null, string? rincian = null, string? alamatIp = null) =>
        queued.Enqueue(new JejakBaru(clock.GetUtcNow().UtcDateTime, Cut(pengguna), peristiwa, Cut(sasaran), Cut(rincian), Cut(alamatIp)));

    /// <summary>One queued event; its property names are the parameters of <c>jejak_catat</c>, so that the schema-model
    /// test can read what the write passes.</summary>
    private sealed record JejakBaru(DateTime waktu, string? pengguna, string peristiwa, string? sasaran, string? rincian, string? alamat_ip);

    /// <summary>Writes every queued event in one transaction.</summary>
    public void Flush()
    {
        lock (writing)
        {
            var batch = new List<JejakBaru>();
            while (queued.TryDequeue(out var entry)) batch.Add(entry);
            if (batch.Count == 0) return;
            using var connection = dialect.Open();
            using var transaction = connection.BeginTransaction();
            connection.Execute(dialect.Sql(typeof(AuditTrail).Assembly, "jejak_catat"), batch, transaction);
            transaction.Commit();
        }
    }

    /// <param name="dari">UTC, inclusive.</param>
    /// <param name="sampai">UTC, exclusive.</param>
    public IReadOnlyList<JejakAudit> Read(DateTime dari, DateTime sampai, string? pengguna = null, string? peristiwa = null, int batas = 5000)
    {
        Flush();
        using var connection = dialect.Open();
        return connection.Query<JejakAudit>(dialect.Sql(typeof(AuditTrail).Assembly, "jejak_baca"),
            new { dari, sampai, pengguna = string.IsNullOrWhiteSpace(pengguna) ? null : pengguna.Trim().ToLowerInvariant(), peristiwa, batas }).ToList();
    }

    private static string? Cut(string? text) => text is { Length: > LongestText } ? text[..LongestText] : text;
}

/// <summary>Writes the queued audit events every second, and the last ones when the dashboard stops.</summary>
public sealed class AuditWriter(AuditTrail trail, ILogger<AuditWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Write();
        }
        catch (OperationCanceledException)
        {
        }
        Write();
    }

    private void Write()
    {
        try
        {
            trail.Flush();
        }
        catch (Exception e)
        {
            // The batch is dropped, not queued again: a warehouse that refuses writes would grow the queue without end.
            logger.LogError(e, "Jejak audit tidak dapat ditulis ke gudang data.");
        }
    }
}
