using Pws.Core.Catalog;
using Pws.Reports.Definitions;

namespace Pws.Reports.TindakLanjut;

/// <summary>The follow-up lists of one month (their date is its last day), for one puskesmas or every one the reader
/// may see, one list or all.</summary>
public sealed record TindakLanjutModel(Periode Periode, string? KodePuskesmas, IReadOnlyList<TindakLanjutJenis> Jenis, IReadOnlyList<TindakLanjutRow> Rows)
{
    public DateOnly Tanggal => DateOnly.FromDateTime(Periode.Akhir);

    /// <summary>People per village and list, villages by name.</summary>
    public IReadOnlyList<(string KodeDesa, string NamaDesa, IReadOnlyDictionary<string, int> PerJenis, int Jumlah)> PerDesa =>
        Rows.GroupBy(r => (r.KodeDesa, r.NamaDesa))
            .Select(g => (g.Key.KodeDesa, g.Key.NamaDesa, (IReadOnlyDictionary<string, int>)g.GroupBy(r => r.Jenis).ToDictionary(j => j.Key, j => j.Count()), g.Count()))
            .OrderBy(d => d.NamaDesa.EndsWith(TindakLanjutRow.LuarWilayah, StringComparison.Ordinal))
            .ThenBy(d => d.NamaDesa, StringComparer.Ordinal).ThenBy(d => d.KodeDesa, StringComparer.Ordinal)
            .ToList();
}
