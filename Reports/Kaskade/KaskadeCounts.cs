namespace Pws.Reports.Kaskade;

/// <summary>The screening-to-care cascade of an area: people screened; for high blood pressure and high blood sugar,
/// people flagged, those followed up within 30 days by the matching service, and those under control at a later
/// screening.</summary>
public sealed record KaskadeCounts(long Diskrining, long TensiTinggi, long TensiDitindaklanjuti, long TensiTerkendali,
    long GulaTinggi, long GulaDitindaklanjuti, long GulaTerkendali)
{
    public static readonly KaskadeCounts None = new(0, 0, 0, 0, 0, 0, 0);

    public static KaskadeCounts operator +(KaskadeCounts a, KaskadeCounts b) => new(a.Diskrining + b.Diskrining,
        a.TensiTinggi + b.TensiTinggi, a.TensiDitindaklanjuti + b.TensiDitindaklanjuti, a.TensiTerkendali + b.TensiTerkendali,
        a.GulaTinggi + b.GulaTinggi, a.GulaDitindaklanjuti + b.GulaDitindaklanjuti, a.GulaTerkendali + b.GulaTerkendali);

    public static double? Persen(long part, long whole) => whole > 0 ? part * 100.0 / whole : null;
}

public sealed record KaskadeRow(string KodeWilayah, string NamaWilayah, KaskadeCounts Counts);
