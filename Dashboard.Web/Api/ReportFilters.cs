using Pws.Core.Time;
using System.Globalization;
using Pws.Reports.Formatting;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;

namespace Pws.Dashboard.Web.Api;

/// <summary>The filters a page, its API and its download share, read from the query string with the
/// page's defaults: the latest month with data, this year to date, kecamatan level.</summary>
public sealed record ReportFilters(string Indikator, Periode Periode, string? Puskesmas, int Tahun, int SampaiBulan, Tingkat Tingkat, string? Kegiatan)
{
    public static ReportFilters From(IQueryCollection query, PwsQuery pws, TimeProvider clock)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        var today = Wib.Now(clock);
        var periode = Get("periode") is { } p ? Periode.Parse(p) : pws.LatestPeriode() ?? new Periode(today.Year, today.Month);
        var tahun = Get("tahun") is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : periode.Tahun;
        var sampaiBulan = ReportPeriod.SampaiBulan(tahun, Get("sampai-bulan") is { } m ? int.Parse(m, CultureInfo.InvariantCulture) : null, clock);
        return new ReportFilters(Get("indikator") ?? "K1", periode, Get("puskesmas"), tahun, sampaiBulan,
            Get("tingkat") is { } level ? TingkatParser.Parse(level) : Tingkat.Kecamatan, Get("kegiatan"));
    }
}
