using Pws.Reports.Formatting;

namespace Pws.Reports.KualitasData;

/// <summary>A service a puskesmas sends as monthly counts: the months it sent counts only (its figures there rest on its
/// own counting, which the rule of first service cannot check across puskesmas) and the months it sent people for the
/// service too (people win, the counts are set aside). The Dinkes reads it as who still has to move to person-level data.</summary>
/// <param name="Layanan">A service code, or <c>SKRINING</c> for screening recaps.</param>
public sealed record HitunganPuskesmas(string KodePuskesmas, string NamaPuskesmas, string Layanan, IReadOnlyList<(int Tahun, int Bulan)> HanyaHitungan,
    IReadOnlyList<(int Tahun, int Bulan)> DenganOrang, long Baris)
{
    /// <summary>"Januari–Maret 2026, Mei 2026": runs of consecutive months joined.</summary>
    public static string Bulan(IReadOnlyList<(int Tahun, int Bulan)> months)
    {
        if (months.Count == 0) return "-";
        var parts = new List<string>();
        var ordered = months.OrderBy(m => m.Tahun).ThenBy(m => m.Bulan).ToList();
        var start = 0;
        for (var i = 1; i <= ordered.Count; i++)
        {
            if (i < ordered.Count && ordered[i].Tahun == ordered[i - 1].Tahun && ordered[i].Bulan == ordered[i - 1].Bulan + 1) continue;
            var (first, last) = (ordered[start], ordered[i - 1]);
            parts.Add(first == last
                ? $"{Indonesian.MonthName(first.Bulan)} {first.Tahun}"
                : $"{Indonesian.MonthName(first.Bulan)}–{Indonesian.MonthName(last.Bulan)} {first.Tahun}");
            start = i;
        }
        return string.Join(", ", parts);
    }
}
