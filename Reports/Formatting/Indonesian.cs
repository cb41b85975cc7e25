using System.Globalization;

namespace Pws.Reports.Formatting;

/// <summary>Numbers and dates as Indonesian readers write them (1.234,5; 23 November 2026), fixed here
/// rather than taken from the machine's locale data, so every server prints the same.</summary>
public static class Indonesian
{
    public static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
    };

    private static readonly string[] Months =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    public const string Unknown = "–";

    public static string MonthName(int month) => Months[month - 1];

    /// <summary>A whole number with thousands separators, "–" when unknown.</summary>
    public static string Count(long? value) => value is { } v ? v.ToString("#,0", Numbers) : Unknown;

    /// <summary>A percentage with up to 2 decimals, "–" when unknown.</summary>
    public static string Percent(double? value) => value is { } v ? v.ToString("#,0.00", Numbers) : Unknown;

    public static string Date(DateTime value) => $"{value.Day} {MonthName(value.Month)} {value.Year}";

    public static string DateTime(DateTime value) => $"{Date(value)} {value:HH\\:mm}";
}
