using Pws.Reports.Formatting;
using Pws.Reports.Peta;

namespace Pws.Reports.Pws;

/// <summary>PWS on the map: cumulative coverage against the cumulative target, in the status colours of the chart.</summary>
public static class PwsPeta
{
    public static PetaModel Model(PwsLaporan laporan) => new(
        $"PWS {laporan.Indikator.Kode}: {laporan.Indikator.Nama}, s.d. {laporan.Periode.Nama}",
        laporan.Desa.Select(d => new PetaModel.Desa(d.KodeDesa, d.NamaDesa,
            (d.CakupanKumulatif is { } c ? $"cakupan kumulatif {Indonesian.Percent(c)} % (target {Indonesian.Percent(d.TargetKumulatif)} %), {d.Status}" : "sasaran belum ada")
            + (d.PorsiAgregat > 0 ? $"; {Indonesian.Percent(d.PorsiAgregat)} % dari data agregat" : ""),
            d.Status is { } status ? StatusColors.Hex(status) : PetaModel.Unknown)).ToList(),
        [.. Enum.GetValues<PwsStatus>().Select(s => new PetaModel.Legend(StatusColors.Hex(s), StatusColors.Label(s))), new(PetaModel.Unknown, StatusColors.Label(null))]);
}
