using Pws.Reports.Wilayah;

namespace Pws.Reports.Skrining;

/// <summary>Screening results per area at one level, and their total over the reader's area.</summary>
public sealed record SkriningModel(int Tahun, int SampaiBulan, Tingkat Tingkat, string? Kegiatan, IReadOnlyList<SkriningRow> Rows)
{
    public SkriningCounts Total => Rows.Aggregate(SkriningCounts.None, (sum, r) => sum + r.Counts);
}
