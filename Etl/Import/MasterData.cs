using Pws.Etl.Master;

namespace Pws.Etl.Import;

/// <summary>The master rows read in this run; a key read twice keeps its last row.</summary>
public sealed class MasterData
{
    public Dictionary<string, PuskesmasRow> Puskesmas { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, HashSet<string>> WilayahKerja { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<(int, string, string), SasaranRow> Sasaran { get; } = [];
    public Dictionary<(int, int, string), JknRow> Jkn { get; } = [];

    public IEnumerable<int> SasaranYears => Sasaran.Keys.Select(k => k.Item1).Distinct();
}
