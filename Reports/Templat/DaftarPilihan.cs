using Pws.Core.Inbox;

namespace Pws.Reports.Templat;

/// <summary>One list of the hidden sheet <c>kode</c>: the codes a drop-down offers in its first column, and beside them
/// what each code means (a village's name and kecamatan, a puskesmas' name, the indicators a service counts for).</summary>
public sealed record DaftarPilihan(DaftarKode Daftar, IReadOnlyList<string> Judul, IReadOnlyList<IReadOnlyList<string>> Baris)
{
    public static DaftarPilihan Of(DaftarKode daftar, TemplatWilayah wilayah, IReadOnlyList<(string Kode, string Indikator)> layanan) =>
        daftar switch
        {
            DaftarKode.Layanan => new(daftar, ["layanan", "dihitung untuk indikator"],
                layanan.Select(l => Row(l.Kode, l.Indikator)).ToList()),
            DaftarKode.Tempat => new(daftar, ["tempat"], PilihanNilai.Tempat.Select(t => Row(t)).ToList()),
            DaftarKode.JenisKelamin => new(daftar, ["jenis_kelamin", "arti"],
                PilihanNilai.JenisKelamin.Select(k => Row(k, k == "L" ? "laki-laki" : "perempuan")).ToList()),
            DaftarKode.YaTidak => new(daftar, ["Y/T", "arti"],
                PilihanNilai.YaTidak.Select(k => Row(k, k == "Y" ? "ya" : "tidak")).ToList()),
            DaftarKode.JenisSasaran => new(daftar, ["jenis_sasaran"], PilihanNilai.JenisSasaran.Select(j => Row(j)).ToList()),
            DaftarKode.Desa => new(daftar, ["kode_desa", "nama_desa", "kecamatan"],
                wilayah.Desa.Select(d => Row(d.KodeDesa, d.NamaDesa, d.NamaKecamatan)).ToList()),
            DaftarKode.Puskesmas => new(daftar, ["kode_puskesmas", "nama_puskesmas"],
                wilayah.Puskesmas.Select(p => Row(p.Kode, p.Nama)).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(daftar), daftar, null),
        };

    private static IReadOnlyList<string> Row(params string[] cells) => cells;
}
