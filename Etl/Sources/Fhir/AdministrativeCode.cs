namespace Pws.Etl.Sources.Fhir;

/// <summary>The village code of a SATUSEHAT <c>administrativeCode</c> address extension. Real payloads write
/// its parts as segments (<c>33</c>, <c>71</c>, <c>01</c>, <c>1003</c>), cumulatively (<c>33</c>, <c>3371</c>,
/// <c>337101</c>, <c>3371011003</c>), mixed, and without leading zeros (<c>1</c> for <c>01</c>). Each part is
/// read for what it says: a value as long as the code up to its level carries the levels above it too;
/// a shorter one is its own segment, zero-padded.</summary>
public static class AdministrativeCode
{
    /// <summary>The sub-extensions in order, with their segment width and the code length up to them.</summary>
    private static readonly (string Name, int Width, int Cumulative)[] Levels =
        [("province", 2, 2), ("city", 2, 4), ("district", 2, 6), ("village", 4, 10)];

    /// <summary>The dotted 10-digit village code, or a reason in Bahasa Indonesia; both null when no part is given.</summary>
    public static (string? KodeDesa, string? Problem) Compose(IReadOnlyDictionary<string, string> parts)
    {
        var segments = new string?[Levels.Length];
        for (var level = 0; level < Levels.Length; level++)
        {
            var (name, width, cumulative) = Levels[level];
            if (!parts.TryGetValue(name, out var text)) continue;
            var digits = text.Replace(".", "", StringComparison.Ordinal).Trim();
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
                return (null, $"bagian {name} kode wilayah '{text}' bukan angka");
            if (digits.Length == cumulative && level > 0)
            {
                for (int upper = 0, start = 0; upper <= level; start += Levels[upper].Width, upper++)
                    if (!Set(segments, upper, digits.Substring(start, Levels[upper].Width)))
                        return (null, Disagree(parts));
            }
            else if (digits.Length <= width)
            {
                if (!Set(segments, level, digits.PadLeft(width, '0'))) return (null, Disagree(parts));
            }
            else
            {
                return (null, $"bagian {name} kode wilayah '{text}' harus {width} digit atau kode lengkap {cumulative} digit");
            }
        }
        if (segments.All(s => s is null)) return (null, null);
        var missing = Levels.Where((_, level) => segments[level] is null).Select(l => l.Name).ToList();
        if (missing.Count > 0) return (null, $"kode wilayah alamat tidak lengkap: bagian {string.Join(", ", missing)} tidak ada");
        return (string.Join('.', segments), null);
    }

    private static bool Set(string?[] segments, int level, string value)
    {
        if (segments[level] is { } existing && existing != value) return false;
        segments[level] = value;
        return true;
    }

    private static string Disagree(IReadOnlyDictionary<string, string> parts) =>
        "bagian kode wilayah alamat saling bertentangan (" +
        string.Join(", ", Levels.Where(l => parts.ContainsKey(l.Name)).Select(l => $"{l.Name} {parts[l.Name]}")) + ")";
}
