using Pws.Reports.Wilayah;

namespace Pws.Reports.Kaskade;

/// <summary>The cascade per area at one level, and its total over the reader's area.</summary>
public sealed record KaskadeModel(int Tahun, int SampaiBulan, Tingkat Tingkat, IReadOnlyList<KaskadeRow> Rows)
{
    public KaskadeCounts Total => Rows.Aggregate(KaskadeCounts.None, (sum, r) => sum + r.Counts);
}
