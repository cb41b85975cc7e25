using System.Collections.Concurrent;
using Dapper;
using Pws.Core.Area;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Wilayah;

/// <summary>The served area's villages and their roll-up for a year, kept until a master import commits: every
/// SPM, screening, summary and village request needs it, and it changes only with the master files.</summary>
public sealed class AreaRollups(Dialect dialect, ServedArea servedArea)
{
    private readonly ConcurrentDictionary<int, (long Version, AreaRollup Rollup)> cache = new();

    public AreaRollup For(int tahun)
    {
        long version;
        using (var connection = dialect.Open())
            version = connection.ExecuteScalar<long>(dialect.Sql(typeof(AreaRollups).Assembly, "versi_master"));
        if (cache.TryGetValue(tahun, out var known) && known.Version == version) return known.Rollup;
        var rollup = AreaRollup.Load(dialect, servedArea.Kode, tahun);
        cache[tahun] = (version, rollup);
        return rollup;
    }
}
