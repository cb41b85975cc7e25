namespace Pws.Reports.Skrining;

/// <summary>People screened and people flagged. Each Diukur/Diskrining count is the denominator of its
/// flag's rate: people screened with that measurement.</summary>
public sealed record SkriningCounts(
    long Diskrining, long TekananDarahTinggi, long GulaDarahTinggi, long KolesterolTinggi, long TerdugaTb, long SuspekKusta,
    long DiukurTekananDarah, long DiukurGulaDarah, long DiukurKolesterol, long DiskriningTb, long DiskriningKusta,
    long DiskriningAgregat = 0)
{
    public static readonly SkriningCounts None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The share of <see cref="Diskrining"/> (0-100) that came from screening recaps rather than people.</summary>
    public double PorsiAgregat => Agregat.PorsiAgregat.Of(DiskriningAgregat, Diskrining);

    public static SkriningCounts operator +(SkriningCounts a, SkriningCounts b) => new(
        a.Diskrining + b.Diskrining, a.TekananDarahTinggi + b.TekananDarahTinggi, a.GulaDarahTinggi + b.GulaDarahTinggi,
        a.KolesterolTinggi + b.KolesterolTinggi, a.TerdugaTb + b.TerdugaTb, a.SuspekKusta + b.SuspekKusta,
        a.DiukurTekananDarah + b.DiukurTekananDarah, a.DiukurGulaDarah + b.DiukurGulaDarah, a.DiukurKolesterol + b.DiukurKolesterol,
        a.DiskriningTb + b.DiskriningTb, a.DiskriningKusta + b.DiskriningKusta, a.DiskriningAgregat + b.DiskriningAgregat);

    public static double? Rate(long flagged, long measured) => measured > 0 ? flagged * 100.0 / measured : null;
}

public sealed record SkriningRow(string KodeWilayah, string NamaWilayah, SkriningCounts Counts);
