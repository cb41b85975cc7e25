using System.Globalization;
using System.Text.RegularExpressions;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Definitions;

/// <summary>One filter's text read as its value, for the command line, the API, the downloads and the pages alike. A
/// value that cannot be read throws a <see cref="FormatException"/> whose message names the filter and what it accepts:
/// the API answers it with 400 and a page shows it above its filters, so a mistyped address is told what to write.</summary>
public static partial class FilterParser
{
    /// <summary>The years a report can be asked for; outside them a date would not be a month of data, or not a date at all.</summary>
    public const int FirstYear = 2000, LastYear = 2099;

    /// <summary>The longest value a message repeats: a pasted page of text is cut, not echoed back whole.</summary>
    private const int Echoed = 40;

    public static int Tahun(string name, string text)
    {
        if (text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var tahun))
            throw new FormatException($"{name} '{Echo(text)}' bukan tahun: isi empat angka, misalnya 2026.");
        return tahun is >= FirstYear and <= LastYear ? tahun : throw new FormatException($"{name} {tahun} di luar {FirstYear}-{LastYear}.");
    }

    public static int Bulan(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bulan) && text.Length <= 2
            ? bulan is >= 1 and <= 12 ? bulan : throw new FormatException($"{name} {bulan} di luar 1-12.")
            : throw new FormatException($"{name} '{Echo(text)}' bukan bulan: isi angka 1 sampai 12.");

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>: a page of an API answer, or its size.</summary>
    public static int Bilangan(string name, string text, int min, int max) =>
        text.Length <= 9 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value >= min && value <= max ? value : throw new FormatException($"{name} {value} di luar {min}-{max}.")
            : throw new FormatException($"{name} '{Echo(text)}' bukan bilangan: isi angka {min} sampai {max}.");

    public static Periode Periode(string name, string text)
    {
        if (!DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            throw new FormatException($"{name} '{Echo(text)}' bukan bulan: tulis tahun-bulan, misalnya 2026-03.");
        return month.Year is >= FirstYear and <= LastYear
            ? new Periode(month.Year, month.Month)
            : throw new FormatException($"{name} {text} di luar tahun {FirstYear}-{LastYear}.");
    }

    public static Tingkat Tingkat(string name, string text) =>
        Enum.Parse<Tingkat>(OneOf(name, text, Enum.GetValues<Tingkat>().Select(t => t.ToString().ToLowerInvariant())), ignoreCase: true);

    /// <summary>A kabupaten/kota code dotted (33.29) or not (3329), read as dotted.</summary>
    public static string KabKota(string name, string text)
    {
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        return digits.Length == 4 && digits.All(char.IsAsciiDigit)
            ? $"{digits[..2]}.{digits[2..]}"
            : throw new FormatException($"{name} '{Echo(text)}' bukan kode kabupaten/kota: isi empat angka, misalnya 33.29.");
    }

    /// <summary>A puskesmas code as the master file and the inbox folder name it: Kemenkes' P3329010101 or a Dinkes's own
    /// short code (PKM-01, M1), so letters, digits, dot, hyphen and underscore, no spaces.</summary>
    public static string Puskesmas(string name, string text) => PuskesmasCode().IsMatch(text)
        ? text
        : throw new FormatException($"{name} '{Echo(text)}' bukan kode puskesmas: huruf, angka, titik, tanda hubung atau garis bawah tanpa spasi, misalnya P3329010101.");

    /// <summary>The area a drill-down opens: a Kemendagri code (33.29, 33.29.01, 33.29.01.2001) or a puskesmas code.</summary>
    public static string Wilayah(string name, string text) => WilayahCode().IsMatch(text) || PuskesmasCode().IsMatch(text)
        ? text
        : throw new FormatException($"{name} '{Echo(text)}' bukan kode wilayah: isi kode kabupaten/kota (33.29), kecamatan (33.29.01), " +
                                    "desa (33.29.01.2001) atau puskesmas (P3329010101).");

    /// <summary>A village's Kemendagri code, dotted: 33.29.01.2001.</summary>
    public static string Desa(string name, string text) => DesaCode().IsMatch(text)
        ? text
        : throw new FormatException($"{name} '{Echo(text)}' bukan kode desa: tulis dengan titik, misalnya 33.29.01.2001.");

    /// <summary>One of a fixed list, matched without regard to case and answered as the list writes it.</summary>
    public static string OneOf(string name, string text, IEnumerable<string> choices)
    {
        var list = choices.ToList();
        return list.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) ?? throw NotOneOf(name, text, list);
    }

    /// <summary>A day written yyyy-MM-dd.</summary>
    public static DateTime Tanggal(string name, string text)
    {
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw new FormatException($"{name} '{Echo(text)}' bukan tanggal: tulis tahun-bulan-tanggal, misalnya 2026-03-31.");
        return day.Year is >= FirstYear and <= LastYear ? day : throw new FormatException($"{name} {text} di luar tahun {FirstYear}-{LastYear}.");
    }

    /// <summary>Free text such as a user's name: printable and short.</summary>
    public static string Teks(string name, string text, int longest) =>
        text.Length > longest ? throw new FormatException($"{name} terlalu panjang: paling banyak {longest} huruf.")
        : text.Any(char.IsControl) ? throw new FormatException($"{name} '{Echo(text)}' memuat karakter kendali: isi huruf, angka dan tanda baca saja.")
        : text;

    public static FormatException NotOneOf(string name, string text, IEnumerable<string> choices)
    {
        var list = choices.ToList();
        var words = list.Count > 1 ? $"{string.Join(", ", list.SkipLast(1))} atau {list[^1]}" : string.Join("", list);
        return new FormatException($"{name} '{Echo(text)}' tidak dikenal: pilih {words}.");
    }

    /// <summary>A well-formed code the deployment does not have.</summary>
    public static FormatException NotFound(string name, string text, string where) =>
        new($"{name} '{Echo(text)}' tidak ada di {where}.");

    /// <summary>The value as a message repeats it: control characters shown as '?', a long value cut.</summary>
    private static string Echo(string text)
    {
        var printable = new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return printable.Length <= Echoed ? printable : printable[..Echoed] + "…";
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex PuskesmasCode();

    [GeneratedRegex(@"^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$")]
    private static partial Regex WilayahCode();

    [GeneratedRegex(@"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$")]
    private static partial Regex DesaCode();
}
