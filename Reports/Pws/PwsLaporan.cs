using Pws.Core.Catalog;

namespace Pws.Reports.Pws;

public sealed record PwsLaporan(Indikator Indikator, Periode Periode, string? KodePuskesmas, double TargetKumulatif,
    IReadOnlyList<PwsDesa> Desa);
