namespace Pws.Reports.Pws;

/// <summary>Where a village (or area) ends the year at its current pace, and what it needs per remaining month to reach
/// the annual target (docs/domain.md, "Projections"). In December, or without sasaran, both are unknown.</summary>
/// <param name="ProyeksiDesember">Cumulative coverage projected to December (%): this year's people so far plus the mean
/// of the last three months' bulan_ini for each month left, over the sasaran.</param>
/// <param name="PerluPerBulan">People to reach each remaining month for the annual target.</param>
/// <param name="TidakTerjangkau">Even the best month of the year so far, every month, would not reach the target.</param>
public sealed record PwsProyeksi(double ProyeksiDesember, int PerluPerBulan, bool TidakTerjangkau)
{
    /// <param name="bulanIni">bulan_ini of January to the report's month, in order.</param>
    public static PwsProyeksi? Of(IReadOnlyList<int> bulanIni, int kumulatif, int? sasaran, double targetTahunan)
    {
        var bulan = bulanIni.Count;
        if (sasaran is not > 0 || bulan is < 1 or >= 12) return null;
        var sisa = 12 - bulan;
        var terakhir = bulanIni.Skip(Math.Max(0, bulan - 3)).ToList();
        var rata3 = (decimal)terakhir.Sum() / terakhir.Count;
        var proyeksi = (kumulatif + rata3 * sisa) / sasaran.Value * 100;
        // Exact decimals: a village exactly on target needs 0, not 1 from a rounding error.
        var kurang = (decimal)targetTahunan / 100 * sasaran.Value - kumulatif;
        var perlu = (int)Math.Max(0, Math.Ceiling(kurang / sisa));
        return new PwsProyeksi((double)Math.Round(proyeksi, 2, MidpointRounding.AwayFromZero), perlu, perlu > bulanIni.Max());
    }
}
