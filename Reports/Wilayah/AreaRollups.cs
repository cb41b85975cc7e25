using System.Collections.Concurrent;
using Pws.Core.Area;
using Pws.Reports.Freshness;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Wilayah;

/// <summary>The served area's villages and their roll-up for a year, kept until a master import commits: every
/// SPM, screening, summary and village request needs it, and it changes only with the master files.</summary>
[ReportService]
public sealed class AreaRollups(Dialect dialect, ServedArea servedArea, DataVersion data)
{
    private readonly ConcurrentDictionary<int, (long Version, AreaRollup Rollup)> cache = new();

    public AreaRollup For(int tahun)
    {
        var version = data.Read().Master;
        if (cache.TryGetValue(tahun, out var known) && known.Version == version) return known.Rollup;
        var rollup = AreaRollup.Load(dialect, servedArea.Kode, tahun);
        cache[tahun] = (version, rollup);
        return rollup;
    }
}
