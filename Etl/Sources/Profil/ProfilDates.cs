using System.Globalization;

namespace Pws.Etl.Sources.Profil;

/// <summary>The date formats a profile may name: .NET custom formats whose month names are Indonesian (<c>d MMMM
/// yyyy</c> reads "5 Maret 2026" and "5 Mar 2026"), and <c>serial</c> for an Excel serial day number written as text.
/// The contract's own yyyy-MM-dd is always accepted too, since XLSX date cells arrive in it. A format without a day
/// (<c>MMMM yyyy</c>, a recap sheet's month) gives the first of the month.</summary>
public static class ProfilDates
{
    public const string Serial = "serial";

    private static readonly CultureInfo[] MonthNames =
    [
        Culture(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
            ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]),
        // Older spellings and abbreviations still typed in puskesmas.
        Culture(["Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "Nopember", "Desember"],
            ["Jan", "Peb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sept", "Okt", "Nop", "Des"]),
        CultureInfo.InvariantCulture,
    ];

    private static CultureInfo Culture(string[] months, string[] abbreviated)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.MonthNames = [.. months, ""];
        culture.DateTimeFormat.MonthGenitiveNames = [.. months, ""];
        culture.DateTimeFormat.AbbreviatedMonthNames = [.. abbreviated, ""];
        culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = [.. abbreviated, ""];
        return culture;
    }

    public static bool IsFormat(string format) =>
        format == Serial || format.Contains('M') && format.Contains('y')
        && DateOnly.FromDateTime(new DateTime(2026, 3, 5)).ToString(format, CultureInfo.InvariantCulture) is { Length: > 0 };

    /// <summary>The date the text holds in one of the formats, or null.</summary>
    public static DateOnly? Parse(string text, IReadOnlyList<string> formats)
    {
        var trimmed = text.Contains("  ", StringComparison.Ordinal) ? string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : text.Trim();
        if (NumericDate.Iso.TryParse(trimmed, out var iso)) return iso;
        foreach (var format in formats)
        {
            if (format == Serial)
            {
                if (FromSerial(trimmed) is { } serial) return serial;
                continue;
            }
            // Digits and separators only (dd-MM-yyyy, d/M/yyyy): read by hand first, as an export repeats them on every
            // row; what that misses (spaces inside) still goes to the framework's parser below.
            if (NumericDate.For(format)?.TryParse(trimmed, out var numeric) == true) return numeric;
            // Only a format with month names depends on the culture's names.
            var cultures = format.Contains("MMM", StringComparison.Ordinal) ? MonthNames : MonthNames.AsSpan(0, 1);
            foreach (var culture in cultures)
                if (DateOnly.TryParseExact(trimmed, format, culture, DateTimeStyles.AllowWhiteSpaces, out var date))
                    return date;
        }
        return null;
    }

    /// <summary>An Excel serial day number of the 1900 system (days since 1899-12-30, for any date after
    /// February 1900), as text; a fraction is the time of day and is dropped.</summary>
    private static DateOnly? FromSerial(string text)
    {
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial)) return null;
        // 367 is 1901-01-01 (a birth date may be that old) and 73051 is 2100-01-01: beyond, a number is more likely
        // something else, such as a date written yyyyMMdd.
        if (serial is < 367 or >= 73051) return null;
        return DateOnly.FromDayNumber(new DateOnly(1899, 12, 30).DayNumber + (int)Math.Floor(serial));
    }
}
