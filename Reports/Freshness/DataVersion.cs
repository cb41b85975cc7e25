using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Freshness;

/// <summary>Answers "has the warehouse changed since" for the caches that keep what is slow to read (the area roll-up,
/// outreach counts, parsed boundaries): one query gives every part's version, so a new cache needs no query of its
/// own, and each asks for the part it was filled from.</summary>
[ReportService]
public sealed class DataVersion(Dialect dialect)
{
    /// <param name="Master">The last master import committed: the area's villages, puskesmas and sasaran.</param>
    /// <param name="Run">The last run of any source committed: visits and screenings.</param>
    /// <param name="MartTertunda">Years whose marts that run changed and are not rebuilt yet (built right after it).</param>
    /// <param name="JumlahBatas">Village boundaries held, with <paramref name="BatasTerakhir"/> when they were last loaded.</param>
    public sealed record Versions(long Master, long Run, long MartTertunda, long JumlahBatas, DateTime? BatasTerakhir)
    {
        /// <summary>What an answer read from visits or marts depends on: a run committed, then its marts rebuilt.</summary>
        public (long Run, long MartTertunda) Isi => (Run, MartTertunda);

        /// <summary>Boundaries loaded again give a new count or a later load time.</summary>
        public (long, DateTime?) Batas => (JumlahBatas, BatasTerakhir);
    }

    public Versions Read()
    {
        using var connection = dialect.Open();
        return connection.QuerySingle<Versions>(dialect.Sql(typeof(DataVersion).Assembly, "versi_data"));
    }
}
