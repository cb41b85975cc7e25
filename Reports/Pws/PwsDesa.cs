namespace Pws.Reports.Pws;

/// <summary>One village's line of a PWS report. Coverages are percentages, null when unknown.</summary>
public sealed record PwsDesa(
    string KodeDesa,
    string NamaDesa,
    int? Sasaran,
    int BulanIni,
    int Kumulatif,
    double? CakupanBulanIni,
    double? CakupanBulanLalu,
    double? CakupanKumulatif,
    double TargetKumulatif,
    PwsStatus? Status)
{
    /// <summary>Cumulative coverage up to last month: where this month's bar started.</summary>
    public double? CakupanKumulatifBulanLalu { get; init; }

    /// <summary>The year-end projection and the people needed per month; null in December or without sasaran.</summary>
    public PwsProyeksi? Proyeksi { get; init; }

    /// <summary>The part of <see cref="Kumulatif"/> that came from monthly counts rather than people.</summary>
    public int KumulatifAgregat { get; init; }

    /// <summary>The share of <see cref="Kumulatif"/> (0-100) that came from monthly counts rather than people.</summary>
    public double PorsiAgregat => Agregat.PorsiAgregat.Of(KumulatifAgregat, Kumulatif);
}
