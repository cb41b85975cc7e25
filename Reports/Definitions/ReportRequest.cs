using Pws.Core.Time;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Definitions;

/// <summary>The filters every report reads, from the command line's options or a page's query string (the
/// same names): <c>indikator</c>, <c>periode</c>, <c>puskesmas</c>, <c>tahun</c>, <c>sampai-bulan</c>,
/// <c>tingkat</c>, <c>kegiatan</c>, <c>induk</c> (the area drilled into), <c>kabkota</c> (one kabupaten/kota of a
/// province), <c>per</c> (PWS: one bar per desa, puskesmas, kecamatan or kabupaten/kota) and <c>jenis</c> (one follow-up list). What is not given takes the pages' defaults: the latest month with data, its year to date, the
/// level below the top.</summary>
public sealed record ReportRequest(string Indikator, Periode Periode, string? Puskesmas, int Tahun, int SampaiBulan, Tingkat Tingkat,
    string? Kegiatan, string? Induk = null, string? KabKota = null, Tingkat? Per = null, string? Jenis = null)
{
    /// <param name="get">A filter's value by name, or null when it is not given.</param>
    /// <param name="latest">The latest month with data, asked only when no period is given.</param>
    /// <param name="tingkatAwal">The level when none is given (<see cref="AreaScope.TingkatAwal"/>).</param>
    /// <exception cref="FormatException">A filter that cannot be read, named with what it accepts (<see cref="FilterParser"/>); the
    /// indicator is the PWS report's to check, the one report that reads it.</exception>
    public static ReportRequest From(Func<string, string?> get, Func<Periode?> latest, TimeProvider clock, Tingkat tingkatAwal = Tingkat.Kecamatan)
    {
        string? Get(string name) => get(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        T? Read<T>(string name, Func<string, string, T> parse) where T : struct => Get(name) is { } text ? parse(name, text) : null;
        string? ReadText(string name, Func<string, string, string> parse) => Get(name) is { } text ? parse(name, text) : null;

        var today = Wib.Now(clock);
        var periodeDiminta = Read("periode", FilterParser.Periode);
        var periode = periodeDiminta ?? latest() ?? new Periode(today.Year, today.Month);
        var tahunDiminta = Read("tahun", FilterParser.Tahun);
        var tahun = tahunDiminta ?? periode.Tahun;
        var bulanDiminta = Read("sampai-bulan", FilterParser.Bulan);
        // A page opened without filters reads the year to the month it opens on (the latest complete one), so the
        // ringkasan, PWS, SPM and screening pages give one figure. A year asked for without a month runs to the current
        // month, as the data contract has it for the command line.
        var sampaiBulan = bulanDiminta is null && periodeDiminta is null && tahunDiminta is null
            ? periode.Bulan
            : ReportPeriod.SampaiBulan(tahun, bulanDiminta, clock);
        return new ReportRequest(Get("indikator") ?? "K1", periode, ReadText("puskesmas", FilterParser.Puskesmas), tahun,
            sampaiBulan, Read("tingkat", FilterParser.Tingkat) ?? tingkatAwal, ReadText("kegiatan", (n, t) => FilterParser.Teks(n, t, 100)),
            ReadText("induk", FilterParser.Wilayah), ReadText("kabkota", FilterParser.KabKota), Read("per", FilterParser.Tingkat),
            ReadText("jenis", (n, t) => FilterParser.Teks(n, t, 40)));
    }
}
