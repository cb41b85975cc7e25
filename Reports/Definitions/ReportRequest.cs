using System.Globalization;
using Pws.Core.Time;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Definitions;

/// <summary>The filters every report reads, from the command line's options or a page's query string (the
/// same names): <c>indikator</c>, <c>periode</c>, <c>puskesmas</c>, <c>tahun</c>, <c>sampai-bulan</c>,
/// <c>tingkat</c>, <c>kegiatan</c>, <c>induk</c> (the area drilled into), <c>kabkota</c> (one kabupaten/kota of a
/// province) and <c>per</c> (PWS: one bar per desa, puskesmas, kecamatan or kabupaten/kota). What is not given takes the pages' defaults: the latest month with data, its year to date, the
/// level below the top.</summary>
public sealed record ReportRequest(string Indikator, Periode Periode, string? Puskesmas, int Tahun, int SampaiBulan, Tingkat Tingkat,
    string? Kegiatan, string? Induk = null, string? KabKota = null, Tingkat? Per = null)
{
    /// <param name="get">A filter's value by name, or null when it is not given.</param>
    /// <param name="latest">The latest month with data, asked only when no period is given.</param>
    /// <param name="defaultLevel">The level when none is given (<see cref="AreaScope.DefaultLevel"/>).</param>
    public static ReportRequest From(Func<string, string?> get, Func<Periode?> latest, TimeProvider clock, Tingkat defaultLevel = Tingkat.Kecamatan)
    {
        string? Get(string name) => get(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var today = Wib.Now(clock);
        var periode = Get("periode") is { } p ? Periode.Parse(p) : latest() ?? new Periode(today.Year, today.Month);
        var tahun = Get("tahun") is { } t ? Number("tahun", t) : periode.Tahun;
        var sampaiBulan = ReportPeriod.SampaiBulan(tahun, Get("sampai-bulan") is { } m ? Number("sampai-bulan", m) : null, clock);
        return new ReportRequest(Get("indikator") ?? "K1", periode, Get("puskesmas"), tahun, sampaiBulan,
            Get("tingkat") is { } level ? TingkatParser.Parse(level) : defaultLevel, Get("kegiatan"), Get("induk"), ParseKabKota(Get("kabkota")),
            Get("per") is { } per ? TingkatParser.Parse(per) : null);
    }

    /// <summary>A kabupaten/kota code dotted (33.29) or not (3329).</summary>
    private static string? ParseKabKota(string? text)
    {
        if (text is null) return null;
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        return digits.Length == 4 && digits.All(char.IsAsciiDigit)
            ? $"{digits[..2]}.{digits[2..]}"
            : throw new FormatException($"kabkota '{text}' bukan kode kabupaten/kota (misalnya 33.29).");
    }

    private static int Number(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{name} '{text}' bukan bilangan.");
}
