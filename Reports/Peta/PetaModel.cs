using Pws.Reports.Charts;
using Pws.Reports.Formatting;
using Pws.Reports.Pws;

namespace Pws.Reports.Peta;

/// <summary>What the map colours: a value and a colour per village, with the legend that explains the colours.</summary>
public sealed record PetaModel(string Judul, IReadOnlyList<PetaModel.Desa> Villages, IReadOnlyList<PetaModel.Legend> Legenda)
{
    public sealed record Desa(string KodeDesa, string NamaDesa, string Nilai, string Warna);

    public sealed record Legend(string Warna, string Label);

    public const string Unknown = "#E0E0E0";

    /// <summary>PWS: cumulative coverage against the cumulative target, in the status colours of the chart.</summary>
    public static PetaModel FromPws(PwsLaporan laporan) => new(
        $"PWS {laporan.Indikator.Kode}: {laporan.Indikator.Nama}, s.d. {laporan.Periode.Nama}",
        laporan.Desa.Select(d => new Desa(d.KodeDesa, d.NamaDesa,
            d.CakupanKumulatif is { } c ? $"cakupan kumulatif {Indonesian.Percent(c)} % (target {Indonesian.Percent(d.TargetKumulatif)} %), {d.Status}" : "sasaran belum ada",
            d.Status is { } status ? StatusColors.Hex(status) : Unknown)).ToList(),
        [.. Enum.GetValues<PwsStatus>().Select(s => new Legend(StatusColors.Hex(s), StatusColors.Label(s))), new(Unknown, StatusColors.Label(null))]);

    /// <summary>SPM: capaian of one service in the capaian bands of the SPM table.</summary>
    public static PetaModel FromSpm(string judul, IEnumerable<Spm.SpmRow> rows) => new(judul,
        rows.Select(r => new Desa(r.KodeWilayah, r.NamaWilayah,
            r.Capaian is { } c ? $"capaian {Indonesian.Percent(c)} %, {Indonesian.Count(r.Terlayani)} dari sasaran {Indonesian.Count(r.Sasaran)}" : "sasaran belum ada",
            r.Capaian is null ? Unknown : CapaianColors.Background(r.Capaian))).ToList(),
        [.. CapaianColors.Bands.Select(b => new Legend(b.Colour, b.Upper is { } upper ? $"{b.Lower:0}–{upper:0} %" : $"≥ {b.Lower:0} %")), new(Unknown, "Sasaran belum ada")]);

    public static readonly IReadOnlyDictionary<string, (string Warna, string Label)> UhcStatus = new Dictionary<string, (string, string)>
    {
        ["UHC_PRIORITAS"] = ("#1B5E20", "UHC prioritas"),
        ["UHC"] = ("#66BB6A", "UHC"),
        ["BELUM_UHC"] = ("#EF6C00", "Belum UHC"),
    };

    /// <summary>UHC: each village's status for the month.</summary>
    public static PetaModel FromUhc(string judul, IEnumerable<Uhc.UhcRow> rows) => new(judul,
        rows.Select(r => new Desa(r.KodeDesa, r.NamaDesa,
            r.StatusUhc is { } s ? $"{UhcStatus[s].Label}, kepesertaan {Indonesian.Percent(r.Kepesertaan)} %" : "data JKN belum ada",
            r.StatusUhc is { } status ? UhcStatus[status].Warna : Unknown)).ToList(),
        [.. UhcStatus.Values.Select(v => new Legend(v.Warna, v.Label)), new(Unknown, "Data JKN belum ada")]);
}
