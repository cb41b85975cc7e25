using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Freshness;

/// <summary>Answers "has the warehouse changed since" for the caches that keep what is slow to read (the area roll-up,
/// outreach counts, parsed boundaries, the month pages open on): one query gives every part's version, so a new cache
/// needs no query of its own, and each asks for the part it was filled from. Within <see cref="PerRequest"/> the
/// version is read once: one answer is built from one state of the warehouse, and a page asking five caches pays
/// one query.</summary>
[ReportService]
public sealed class DataVersion(Dialect dialect)
{
    /// <param name="Master">The last master import committed: the area's villages, puskesmas and sasaran.</param>
    /// <param name="Run">The last run of any source committed: visits and screenings.</param>
    /// <param name="MartTertunda">Years whose marts that run changed and are not rebuilt yet (built right after it).</param>
    /// <param name="JumlahBatas">Village boundaries held, with <paramref name="BatasTerakhir"/> when they were last loaded.</param>
    /// <param name="RunTerbaru">The newest run in any state, with <paramref name="RunBerjalan"/> the runs still going.</param>
    public sealed record Versions(long Master, long Run, long MartTertunda, long JumlahBatas, DateTime? BatasTerakhir, long RunTerbaru, long RunBerjalan)
    {
        /// <summary>What an answer read from visits or marts depends on: a run committed, then its marts rebuilt.</summary>
        public (long Run, long MartTertunda) Isi => (Run, MartTertunda);

        /// <summary>Boundaries loaded again give a new count or a later load time.</summary>
        public (long, DateTime?) Batas => (JumlahBatas, BatasTerakhir);

        /// <summary>A run started, or one going ended (committed or failed).</summary>
        public (long, long) Runs => (RunTerbaru, RunBerjalan);
    }

    private readonly AsyncLocal<Holder?> request = new();

    private sealed class Holder
    {
        public Versions? Read;
    }

    public Versions Read()
    {
        if (request.Value is { } holder) return holder.Read ??= ReadNow();
        return ReadNow();
    }

    /// <summary>Until disposed, this flow of work (an HTTP request) reads the version once.</summary>
    public IDisposable PerRequest()
    {
        var previous = request.Value;
        request.Value = new Holder();
        return new Restore(this, previous);
    }

    private sealed class Restore(DataVersion owner, Holder? previous) : IDisposable
    {
        public void Dispose() => owner.request.Value = previous;
    }

    private Versions ReadNow()
    {
        using var connection = dialect.Open();
        return connection.QuerySingle<Versions>(dialect.Sql(typeof(DataVersion).Assembly, "versi_data"));
    }
}
