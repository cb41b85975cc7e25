namespace Pws.Reports.Pws;

/// <summary>The PWS rules of docs/domain.md ("PWS indicators") for one village and month. Comparisons are made on exact
/// integer and decimal arithmetic so a village exactly on target is never misclassified by rounding.</summary>
public static class PwsCalculator
{
    public static double TargetKumulatif(double annualTarget, int bulan) => annualTarget * bulan / 12.0;

    /// <param name="bersasaran">For an area: its villages that have a sasaran, summed. Coverage and status come from
    /// these alone, while the counts in <paramref name="all"/> keep every village's people, so a total is the same
    /// number at every level. Null for a village, which is its own.</param>
    public static PwsDesa Compute(PwsMartRow all, double annualTarget, int bulan, PwsMartRow? bersasaran = null)
    {
        var row = bersasaran ?? all;
        var target = TargetKumulatif(annualTarget, bulan);
        var sasaran = row.Sasaran is > 0 ? row.Sasaran : null;
        var sasaranLalu = row.SasaranBulanLalu is > 0 ? row.SasaranBulanLalu : null;

        double? Cakupan(int count, int? denominator) => denominator is { } d ? count * 100.0 / d : null;

        PwsStatus? status = null;
        if (sasaran is { } s)
        {
            var atTarget = (decimal)row.Kumulatif * 1200 >= (decimal)annualTarget * bulan * s;
            // Without last month's sasaran its coverage is unknown and counts as 0: any month is then "naik".
            var naik = sasaranLalu is not { } sl || (long)row.BulanIni * sl >= (long)row.BulanLalu * s;
            status = (atTarget, naik) switch
            {
                (true, true) => PwsStatus.BAIK,
                (true, false) => PwsStatus.KURANG,
                (false, true) => PwsStatus.CUKUP,
                (false, false) => PwsStatus.JELEK,
            };
        }

        return new PwsDesa(all.KodeDesa, all.NamaDesa, sasaran, all.BulanIni, all.Kumulatif,
            Cakupan(row.BulanIni, sasaran), Cakupan(row.BulanLalu, sasaranLalu), Cakupan(row.Kumulatif, sasaran),
            target, status)
        {
            CakupanKumulatifBulanLalu = Cakupan(row.Kumulatif - row.BulanIni, sasaran),
            KumulatifAgregat = all.KumulatifAgregat,
        };
    }
}

/// <summary>What the mart holds for a village: this month, its cumulative, last month, and how much of the cumulative
/// came from a puskesmas's monthly counts.</summary>
public sealed record PwsMartRow(string KodeDesa, string NamaDesa, int? Sasaran, int BulanIni, int Kumulatif,
    int? SasaranBulanLalu, int BulanLalu, int KumulatifAgregat = 0);
