using System.Collections.Concurrent;

namespace Pws.Etl.Sources.Profil;

/// <summary>A date format of digits and separators only (<c>dd-MM-yyyy</c>, <c>d/M/yyyy</c>, <c>yyyyMMdd</c>), read
/// without the framework's general parser, with its rules: <c>d</c> and <c>M</c> take one or two digits, <c>dd</c> and
/// <c>MM</c> exactly two, <c>yyyy</c> exactly four, a separator must be the same character.</summary>
public sealed class NumericDate
{
    private readonly (char Field, int Min, int Max, char Literal)[] parts;

    private NumericDate((char, int, int, char)[] parts) => this.parts = parts;

    private static readonly ConcurrentDictionary<string, NumericDate?> Known = new(StringComparer.Ordinal);

    public static NumericDate Iso { get; } = For("yyyy-MM-dd")!;

    /// <summary>The format's reader, or null when the format has anything else (month names, two-digit years, quotes).</summary>
    public static NumericDate? For(string format) => Known.GetOrAdd(format, Compile);

    private static NumericDate? Compile(string format)
    {
        var parts = new List<(char, int, int, char)>();
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            var run = 1;
            while (i + run < format.Length && format[i + run] == c) run++;
            switch (c, run)
            {
                case ('d' or 'M', 1): parts.Add((c, 1, 2, '\0')); break;
                case ('d' or 'M', 2): parts.Add((c, 2, 2, '\0')); break;
                case ('y', 4): parts.Add((c, 4, 4, '\0')); break;
                case (_, 1) when !char.IsLetterOrDigit(c) && c is not ('\'' or '"' or '\\' or '%'): parts.Add(('-', 1, 1, c)); break;
                default: return null;
            }
            i += run;
        }
        // Two number fields side by side need fixed widths to be told apart.
        for (var p = 1; p < parts.Count; p++)
            if (parts[p].Item4 == '\0' && parts[p - 1].Item4 == '\0' && (parts[p].Item2 != parts[p].Item3 || parts[p - 1].Item2 != parts[p - 1].Item3))
                return null;
        var fields = parts.Where(p => p.Item4 == '\0').Select(p => p.Item1).ToList();
        return fields.Count == 3 && fields.Distinct().Count() == 3 ? new NumericDate([.. parts]) : null;
    }

    public bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        int day = 0, month = 0, year = 0, at = 0;
        foreach (var (field, min, max, literal) in parts)
        {
            if (literal != '\0')
            {
                if (at >= text.Length || text[at] != literal) return false;
                at++;
                continue;
            }
            var value = 0;
            var digits = 0;
            while (digits < max && at < text.Length && char.IsAsciiDigit(text[at]))
            {
                value = value * 10 + (text[at] - '0');
                at++;
                digits++;
            }
            if (digits < min) return false;
            switch (field)
            {
                case 'd': day = value; break;
                case 'M': month = value; break;
                default: year = value; break;
            }
        }
        if (at != text.Length || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
