using Pws.Core.Catalog;
using Pws.Reports.Definitions;

namespace Pws.Reports.Pws;

/// <param name="Wilayah">With <paramref name="Per"/> above desa, one line per puskesmas area, kecamatan or kabupaten/kota,
/// summed from <paramref name="Desa"/> by the same rule as <see cref="CakupanKumulatif"/>.</param>
public sealed record PwsLaporan(Indikator Indikator, Periode Periode, string? KodePuskesmas, double TargetKumulatif,
    IReadOnlyList<PwsDesa> Desa, string? KabKota = null, Wilayah.Tingkat Per = Wilayah.Tingkat.Desa, IReadOnlyList<PwsDesa>? Wilayah = null)
{
    /// <summary>What the chart draws: the areas when there are, else the villages.</summary>
    public IReadOnlyList<PwsDesa> Batang => Wilayah is { Count: > 0 } areas ? areas : Desa;

    /// <summary>The area's cumulative coverage: people served over the sasaran of the villages that have one;
    /// unknown when none has.</summary>
    public double? CakupanKumulatif
    {
        get
        {
            var known = Desa.Where(d => d.Sasaran is not null).ToList();
            var sasaran = known.Sum(d => d.Sasaran!.Value);
            return sasaran > 0 ? known.Sum(d => d.Kumulatif) * 100.0 / sasaran : null;
        }
    }

    /// <summary>The share (0-100) of the area's people served that came from monthly counts.</summary>
    public double PorsiAgregat => Agregat.PorsiAgregat.Of(Desa.Sum(d => (long)d.KumulatifAgregat), Desa.Sum(d => (long)d.Kumulatif));

    /// <summary>The villages furthest below the cumulative target, those without sasaran left out.</summary>
    public IReadOnlyList<PwsDesa> PalingTertinggal(int jumlah) =>
        Desa.Where(d => d.CakupanKumulatif is not null).OrderBy(d => d.CakupanKumulatif - d.TargetKumulatif).Take(jumlah).ToList();
}
