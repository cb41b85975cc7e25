using System.Globalization;
using System.Text.RegularExpressions;

namespace Pws.Etl.Validation;

/// <summary>The contract's field formats: dates, village codes, NIK, decimals.</summary>
public static partial class FieldParsers
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>Dotted (33.29.01.2001) or undotted (3329012001) village code, to the dotted form.</summary>
    public static string? NormalizeKodeDesa(string text)
    {
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return null;
        if (text.Contains('.') && !DottedVillage().IsMatch(text)) return null;
        return $"{digits[..2]}.{digits[2..4]}.{digits[4..6]}.{digits[6..]}";
    }

    /// <summary>Dotted or undotted kecamatan code (33.29.01 or 332901), to the dotted form.</summary>
    public static string? NormalizeKodeKecamatan(string text)
    {
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit)) return null;
        return $"{digits[..2]}.{digits[2..4]}.{digits[4..]}";
    }

    /// <summary>A NIK written with spaces or dots is still the same 16 digits.</summary>
    public static string NormalizeNik(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '-').ToArray());

    public static bool IsNik(string normalized) => normalized.Length == 16 && normalized.All(char.IsAsciiDigit);

    /// <summary>Hides every NIK in a text but its last 4 digits, for the quarantine and messages: a run of
    /// exactly 16 digits, also written with spaces, dots or dashes. Dates, village codes, IHS numbers and
    /// other ids stay readable, since the quarantine's reason talks about them.</summary>
    public static string MaskNik(string raw) => Nik().Replace(raw, m => MaskDigits(m.Value));

    /// <summary>A NIK field's value, whatever its length: every digit but the last 4 hidden.</summary>
    public static string MaskDigits(string value)
    {
        var digits = value.Where(char.IsAsciiDigit).ToArray();
        return digits.Length <= 4 ? value : new string('*', digits.Length - 4) + new string(digits[^4..]);
    }

    /// <summary>Measurements accept '.' or ',' as decimal separator.</summary>
    public static double? ParseDecimal(string text) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex DottedVillage();

    [GeneratedRegex(@"(?<!\d[ .\-]?)\d(?:[ .\-]?\d){15}(?![ .\-]?\d)")]
    private static partial Regex Nik();
}
