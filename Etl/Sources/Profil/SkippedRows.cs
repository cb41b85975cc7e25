namespace Pws.Etl.Sources.Profil;

/// <summary>The rows of a run that an intake profile declared no PWS data, counted per value that said so, for the
/// import summary: declared, so neither loaded nor quarantined, but never silently gone.</summary>
public sealed class SkippedRows
{
    private readonly Dictionary<string, long> byValue = new(StringComparer.Ordinal);

    public long Count { get; private set; }

    public void Add(string value)
    {
        Count++;
        byValue[value] = byValue.GetValueOrDefault(value) + 1;
    }

    /// <summary>The values that skipped most rows, for a one-line note.</summary>
    public IEnumerable<(string Value, long Rows)> Top(int count) =>
        byValue.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(count).Select(v => (v.Key, v.Value));
}
