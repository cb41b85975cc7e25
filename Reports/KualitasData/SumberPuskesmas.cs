using Pws.Reports.ImportRuns;
using Pws.Reports.Wilayah;

namespace Pws.Reports.KualitasData;

/// <summary>How one puskesmas's data arrives: its last import run, its last successful one, and a warning when
/// the Dinkes should call the puskesmas.</summary>
public sealed record SumberPuskesmas(string Kode, string Nama, EtlRun? Terakhir, EtlRun? TerakhirBerhasil, string? Peringatan)
{
    /// <summary>A nightly import may fail once (a puskesmas's server down for the night) without anyone acting;
    /// a day and a half without a successful load means the second night failed too.</summary>
    public static readonly TimeSpan Terlambat = TimeSpan.FromHours(36);

    /// <summary>Every puskesmas given, those with a warning first, then by name. <paramref name="runs"/> are newest first.</summary>
    public static IReadOnlyList<SumberPuskesmas> Of(IEnumerable<PuskesmasInfo> puskesmas, IReadOnlyList<EtlRun> runs, DateTime nowUtc) =>
        puskesmas.Select(p =>
        {
            var own = runs.Where(r => r.KodePuskesmas == p.Kode).ToList();
            var success = own.FirstOrDefault(r => r.Status == "BERHASIL");
            var warning = success is null ? "Belum pernah berhasil diimpor"
                : nowUtc - (success.Selesai ?? success.Mulai) > Terlambat ? "Terlambat: lebih dari 36 jam tanpa impor berhasil"
                : null;
            return new SumberPuskesmas(p.Kode, p.Nama, own.FirstOrDefault(), success, warning);
        }).OrderByDescending(s => s.Peringatan is not null).ThenBy(s => s.Nama).ToList();
}
