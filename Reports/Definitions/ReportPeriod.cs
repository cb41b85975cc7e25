using Pws.Core.Time;

namespace Pws.Reports.Definitions;

/// <summary>Year-to-date periods: without a given month, a past year is read to December and the
/// current year to the current month (Asia/Jakarta).</summary>
public static class ReportPeriod
{
    public static int SampaiBulan(int tahun, int? sampaiBulan, TimeProvider clock)
    {
        var today = Wib.Now(clock);
        if (sampaiBulan is { } given)
            return given is >= 1 and <= 12 ? given : throw new ArgumentException($"sampai-bulan {given} di luar 1-12.");
        if (tahun > today.Year) throw new ArgumentException($"tahun {tahun} belum berjalan: pilih tahun ini atau sebelumnya, atau isi sampai-bulan.");
        return tahun < today.Year ? 12 : today.Month;
    }
}
