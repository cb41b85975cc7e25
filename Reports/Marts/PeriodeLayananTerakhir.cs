using Dapper;
using Pws.Core.Time;
using Pws.Reports.Definitions;
using Pws.Reports.Freshness;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Marts;

/// <summary>The month every report opens on when none is asked for: the latest complete month in which anyone was
/// served. A month still running (WIB) has only its first days' visits, so opening on it would show every village
/// falling behind.</summary>
[ReportService]
public sealed class PeriodeLayananTerakhir(Dialect dialect, TimeProvider clock, DataVersion data)
{
    private readonly Lock gate = new();
    private ((long, long) Isi, Periode Berjalan)? monthsVersion;
    private (Periode Terakhir, Periode? Lengkap)? months;

    /// <summary>The latest complete month with data; the running month only when no earlier month has any (and a later
    /// month only when every month with data lies ahead of the clock). Null for an empty warehouse.</summary>
    public Periode? Read() => Months() is var (terakhir, lengkap) ? lengkap ?? terakhir : null;

    /// <summary>The latest month with data up to the running one: the newest month a page offers.</summary>
    public Periode? Terakhir() => Months()?.Terakhir;

    /// <summary>The month now running (WIB), whose figures are still incomplete.</summary>
    public Periode Berjalan
    {
        get
        {
            var today = Wib.Today(clock);
            return new Periode(today.Year, today.Month);
        }
    }

    /// <summary>Read from the whole mart, so read again only once the marts or the running month changed.</summary>
    private (Periode Terakhir, Periode? Lengkap)? Months()
    {
        var version = (data.Read().Isi, Berjalan);
        lock (gate)
            if (monthsVersion == version) return months;
        var read = MonthsNow(version.Berjalan);
        lock (gate) (monthsVersion, months) = (version, read);
        return read;
    }

    private (Periode Terakhir, Periode? Lengkap)? MonthsNow(Periode berjalan)
    {
        using var connection = dialect.Open();
        var row = connection.QuerySingle<(int? Semua, int? SampaiKini, int? Lengkap)>(dialect.Sql(typeof(PeriodeLayananTerakhir).Assembly, "periode_terakhir"),
            new { bulan_berjalan = berjalan.Tahun * 100 + berjalan.Bulan });
        static Periode Of(int yyyymm) => new(yyyymm / 100, yyyymm % 100);
        return (row.SampaiKini ?? row.Semua) is { } t ? (Of(t), row.Lengkap is { } l ? Of(l) : null) : null;
    }
}
