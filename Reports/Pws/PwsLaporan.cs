using Pws.Core.Catalog;

namespace Pws.Reports.Pws;

public sealed record PwsLaporan(Indikator Indikator, Periode Periode, string? KodePuskesmas, double TargetKumulatif,
    IReadOnlyList<PwsDesa> Desa, string? KabKota = null)
{
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

    /// <summary>The villages furthest below the cumulative target, those without sasaran left out.</summary>
    public IReadOnlyList<PwsDesa> PalingTertinggal(int jumlah) =>
        Desa.Where(d => d.CakupanKumulatif is not null).OrderBy(d => d.CakupanKumulatif - d.TargetKumulatif).Take(jumlah).ToList();
}
