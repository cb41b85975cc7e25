using System.Globalization;
using Pws.Reports.Formatting;

namespace Pws.Reports.Pws;

/// <summary>A calendar month, written yyyy-MM (e.g. 2026-03).</summary>
public readonly record struct Periode(int Tahun, int Bulan)
{
    public Periode Sebelumnya => Bulan == 1 ? new(Tahun - 1, 12) : new(Tahun, Bulan - 1);

    public DateTime Awal => new(Tahun, Bulan, 1);

    public DateTime Akhir => Awal.AddMonths(1).AddDays(-1);

    public override string ToString() => $"{Tahun:D4}-{Bulan:D2}";

    public string Nama => $"{Indonesian.MonthName(Bulan)} {Tahun}";

    public static Periode Parse(string text)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return new Periode(month.Year, month.Month);
        throw new FormatException($"Periode '{text}' tidak valid: tulis sebagai tahun-bulan, misalnya 2026-03.");
    }
}
