using Pws.Reports.Formatting;
using Pws.Reports.Peta;

namespace Pws.Reports.Uhc;

/// <summary>UHC on the map: each village's status for the month.</summary>
public static class UhcPeta
{
    public static readonly IReadOnlyDictionary<string, (string Warna, string Label)> Status = new Dictionary<string, (string, string)>
    {
        ["UHC_PRIORITAS"] = ("#1B5E20", "UHC prioritas"),
        ["UHC"] = ("#66BB6A", "UHC"),
        ["BELUM_UHC"] = ("#EF6C00", "Belum UHC"),
    };

    public static PetaModel Model(string judul, IEnumerable<UhcRow> rows) => new(judul,
        rows.Select(r => new PetaModel.Desa(r.KodeDesa, r.NamaDesa,
            r.StatusUhc is { } s ? $"{Status[s].Label}, kepesertaan {Indonesian.Percent(r.Kepesertaan)} %" : "data JKN belum ada",
            r.StatusUhc is { } status ? Status[status].Warna : PetaModel.Unknown)).ToList(),
        [.. Status.Values.Select(v => new PetaModel.Legend(v.Warna, v.Label)), new(PetaModel.Unknown, "Data JKN belum ada")]);
}
