using Pws.Reports.Wilayah;

namespace Pws.Reports.Jangkauan;

public sealed record JangkauanModel(int Tahun, int SampaiBulan, Tingkat Tingkat, IReadOnlyList<int> Klaster, IReadOnlyList<JangkauanRow> Rows,
    IReadOnlyList<Tingkat> PilihanTingkat)
{
    /// <summary>January to the last month, every service, per area: what the page's main table shows.</summary>
    public IEnumerable<JangkauanRow> Tahunan() => Rows.Where(r => r.Bulan is null && r.Klaster is null);
}
