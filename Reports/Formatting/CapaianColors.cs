namespace Pws.Reports.Formatting;

/// <summary>Capaian against its target in four bands, the same on the pages and in the workbooks: green at
/// target, yellow from 80 %, orange from 50 %, red below.</summary>
public static class CapaianColors
{
    public sealed record Band(double Lower, double? Upper, string Colour);

    public static readonly IReadOnlyList<Band> Bands =
    [
        new(100, null, "#C8E6C9"),
        new(80, 100, "#FFF59D"),
        new(50, 80, "#FFCC80"),
        new(0, 50, "#EF9A9A"),
    ];

    /// <param name="capaian">Percent of the target reached; unknown shows no colour.</param>
    public static string Background(double? capaian) => capaian is { } value
        ? Bands.FirstOrDefault(b => value >= b.Lower)?.Colour ?? Bands[^1].Colour
        : "transparent";
}
