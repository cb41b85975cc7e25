using Pws.Reports.Formatting;
using Pws.Reports.Peta;

namespace Pws.Reports.Spm;

/// <summary>SPM on the map: capaian of one service in the capaian bands of the SPM table.</summary>
public static class SpmPeta
{
    public static PetaModel Model(string judul, IEnumerable<SpmRow> rows) => new(judul,
        rows.Select(r => new PetaModel.Desa(r.KodeWilayah, r.NamaWilayah,
            r.Capaian is { } c ? $"capaian {Indonesian.Percent(c)} %, {Indonesian.Count(r.Terlayani)} dari sasaran {Indonesian.Count(r.Sasaran)}" : "sasaran belum ada",
            r.Capaian is null ? PetaModel.Unknown : CapaianColors.Background(r.Capaian))).ToList(),
        [.. CapaianColors.Bands.Select(b => new PetaModel.Legend(b.Colour, b.Upper is { } upper ? $"{b.Lower:0}–{upper:0} %" : $"≥ {b.Lower:0} %")), new(PetaModel.Unknown, "Sasaran belum ada")]);
}
