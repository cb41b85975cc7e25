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

    /// <summary>Hides every NIK in a text but its last 4 digits, for the karantina and messages: 16 digits in
    /// all, as one run or in groups joined by <c>/</c>, <c>_</c>, <c>,</c>, <c>-</c>, <c>.</c> or spaces.
    /// Dates, village codes, IHS numbers and other ids stay readable, since the karantina's reason talks
    /// about them.</summary>
    /// <remarks>A comma or semicolon also ends a CSV field and a space a word, so a chain of groups that is not
    /// 16 digits in all is cut there and each piece is judged on its own: a NIK between a date and a village
    /// code in a CSV row is still one. Two dates side by side are 16 digits too: a chain with a date or a
    /// village code among its fields or words is no NIK.</remarks>
    public static string MaskNik(string raw) => DigitGroups().Replace(raw, m => MaskChain(m.Value, 0));

    private static string MaskChain(string chain, int level)
    {
        var digits = chain.Count(char.IsAsciiDigit);
        if (digits == NikLength && !HasReadablePiece(chain)) return MaskDigits(chain);
        if (digits < NikLength || level == ChainCuts.Length) return chain;
        return string.Concat(ChainCuts[level].Split(chain).Select((piece, i) => i % 2 == 1 ? piece : MaskChain(piece, level + 1)));
    }

    private static bool HasReadablePiece(string chain) =>
        ChainCuts.Aggregate(new[] { chain }.AsEnumerable(), (pieces, cut) => pieces.SelectMany(p => cut.Split(p)))
            .Select(p => p.Trim(' ', '\t', ',', ';'))
            .Any(p => ParseDate(p) is not null || NormalizeKodeDesa(p) is not null);

    private const int NikLength = 16;

    /// <summary>Where a chain of digit groups is cut when it is not one NIK: field delimiters first, then
    /// spaces. The capture keeps the cut in the text.</summary>
    private static readonly Regex[] ChainCuts = [FieldCut(), SpaceCut()];

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

    [GeneratedRegex(@"[0-9]+(?:(?:[ \t]*[/_,;.\-][ \t]*|[ \t]+)[0-9]+)*")]
    private static partial Regex DigitGroups();

    [GeneratedRegex(@"([ \t]*[,;][ \t]*)")]
    private static partial Regex FieldCut();

    [GeneratedRegex(@"([ \t]+)")]
    private static partial Regex SpaceCut();
}
