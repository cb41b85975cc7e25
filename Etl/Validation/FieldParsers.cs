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

    /// <summary>Hides every NIK-like run of digits but its last 4, for the quarantine's raw text; a NIK
    /// written with spaces, dots or dashes is a NIK too.</summary>
    public static string MaskNik(string raw) => NikLike().Replace(raw, m =>
    {
        var digits = m.Value.Where(char.IsAsciiDigit).ToArray();
        return new string('*', digits.Length - 4) + new string(digits[^4..]);
    });

    /// <summary>Measurements accept '.' or ',' as decimal separator.</summary>
    public static double? ParseDecimal(string text) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex DottedVillage();

    [GeneratedRegex(@"(?<![\d.\-])\d(?:[ .\-]?\d){11,19}(?![\d.\-]?\d)")]
    private static partial Regex NikLike();
}
