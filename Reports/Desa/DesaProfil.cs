using Pws.Core.Catalog;
using Pws.Reports.Definitions;
using Pws.Reports.Skrining;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Desa;

/// <summary>One village's year to date: every indicator's cumulative coverage month by month, UCI, JKN and screening.</summary>
public sealed record DesaProfil(
    AreaRollup.Desa Desa,
    int Tahun,
    int Bulan,
    IReadOnlyList<DesaProfil.IndikatorDesa> Indikator,
    bool? Uci,
    double UciAmbang,
    Periode? PeriodeJkn,
    UhcRow? Jkn,
    SkriningCounts Skrining)
{
    /// <param name="CakupanPerBulan">Cumulative coverage (%) at the end of each month from January, unknown without sasaran.</param>
    public sealed record IndikatorDesa(Indikator Indikator, int? Sasaran, int Kumulatif, double? Cakupan, IReadOnlyList<double?> CakupanPerBulan)
    {
        /// <summary>Coverage as a share of the indicator's annual target, for the capaian colours.</summary>
        public double? Capaian => Cakupan * 100 / Indikator.Target;

        /// <summary>The year-end projection and the people needed per month; null in December or without sasaran.</summary>
        public Pws.PwsProyeksi? Proyeksi { get; init; }

        /// <summary>The share (0-100) of <see cref="Kumulatif"/> that came from monthly counts.</summary>
        public double PorsiAgregat { get; init; }
    }

    /// <summary>Before December UCI is read from coverage so far.</summary>
    public bool UciSementara => Bulan < 12;
}
