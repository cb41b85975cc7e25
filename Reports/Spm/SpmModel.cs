using Pws.Reports.Wilayah;

namespace Pws.Reports.Spm;

/// <summary>The SPM figures of one level, or of the areas inside <see cref="IndukNama"/> when drilled into, and
/// the levels the reader has (for the workbook's sheets).</summary>
public sealed record SpmModel(int Tahun, int SampaiBulan, Tingkat Tingkat, IReadOnlyList<SpmRow> Rows, string? IndukNama, IReadOnlyList<Tingkat> PilihanTingkat)
{
    public IEnumerable<IGrouping<(string Kode, string Nama), SpmRow>> Areas => Rows.GroupBy(r => (r.KodeWilayah, r.NamaWilayah));
}
