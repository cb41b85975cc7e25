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
        var periode = Read("periode", FilterParser.Periode) ?? latest() ?? new Periode(today.Year, today.Month);
        var tahun = Read("tahun", FilterParser.Tahun) ?? periode.Tahun;
        var sampaiBulan = ReportPeriod.SampaiBulan(tahun, Read("sampai-bulan", FilterParser.Bulan), clock);
        return new ReportRequest(Get("indikator") ?? "K1", periode, ReadText("puskesmas", FilterParser.Puskesmas), tahun,
            sampaiBulan, Read("tingkat", FilterParser.Tingkat) ?? tingkatAwal, ReadText("kegiatan", (n, t) => FilterParser.Teks(n, t, 100)),
            ReadText("induk", FilterParser.Wilayah), ReadText("kabkota", FilterParser.KabKota), Read("per", FilterParser.Tingkat),
            ReadText("jenis", (n, t) => FilterParser.Teks(n, t, 40)));
    }
}
