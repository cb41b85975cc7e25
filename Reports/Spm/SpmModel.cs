using Pws.Reports.Wilayah;

namespace Pws.Reports.Spm;

/// <summary>The SPM figures of one level, or of the areas inside <see cref="IndukNama"/> when drilled into, and
/// the levels the reader has (for the workbook's sheets).</summary>
public sealed record SpmModel(int Tahun, int SampaiBulan, Tingkat Tingkat, IReadOnlyList<SpmRow> Rows, string? IndukNama, IReadOnlyList<Tingkat> PilihanTingkat)
{
    public IEnumerable<IGrouping<(string Kode, string Nama), SpmRow>> Areas => Rows.GroupBy(r => (r.KodeWilayah, r.NamaWilayah));

    /// <summary>A service summed over the rows shown: everyone served counts, capaian is over the areas whose sasaran is
    /// known, and kekurangan sums each area's gap (domain.md, "SPM").</summary>
    public SpmRow Jumlah(string kodeSpm, string namaSpm)
    {
        var rows = Rows.Where(r => r.KodeSpm == kodeSpm).ToList();
        var known = rows.Where(r => r.Sasaran is > 0).ToList();
        int? sasaran = known.Count > 0 ? known.Sum(r => r.Sasaran!.Value) : null;
        return new SpmRow("", "Jumlah", kodeSpm, namaSpm, sasaran, rows.Sum(r => r.Terlayani),
            sasaran is { } s ? known.Sum(r => r.Terlayani) * 100.0 / s : null,
            known.Count > 0 ? known.Sum(r => r.Kekurangan ?? 0) : null)
        {
            TerlayaniAgregat = rows.Sum(r => r.TerlayaniAgregat),
        };
    }
}
