namespace Pws.Reports.Spm;

/// <summary>One area's figure for one SPM service, year to date. Capaian and kekurangan are null when
/// the area has no sasaran. Kekurangan is the sum of its villages' gaps.</summary>
public sealed record SpmRow(string KodeWilayah, string NamaWilayah, string KodeSpm, string NamaSpm, int? Sasaran,
    int Terlayani, double? Capaian, int? Kekurangan)
{
    /// <summary>The part of <see cref="Terlayani"/> that came from monthly counts rather than people.</summary>
    public int TerlayaniAgregat { get; init; }

    /// <summary>The share of <see cref="Terlayani"/> (0-100) that came from monthly counts rather than people.</summary>
    public double PorsiAgregat => Agregat.PorsiAgregat.Of(TerlayaniAgregat, Terlayani);
}
