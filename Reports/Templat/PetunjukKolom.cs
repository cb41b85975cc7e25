using Pws.Core.Inbox;

namespace Pws.Reports.Templat;

/// <summary>What a template says of one contract column and how it prepares its cells: the meaning, what to type,
/// an example, the cell format and the drop-down. Keyed by the column's name, which means the same in every file kind;
/// whether it is required comes from the contract (<see cref="JenisBerkas"/>).</summary>
/// <param name="Syarat">Said instead of "Ya"/"Tidak" where the contract asks for one of two columns.</param>
public sealed record PetunjukKolom(string Arti, string Isian, string Contoh, FormatKolom Format, DaftarKode? Daftar = null,
    string? Syarat = null)
{
    private const string Tanggal = "Tanggal yyyy-MM-dd, misalnya 2026-03-05 (dd/MM/yyyy juga diterima)";
    private const string YaTidak = "Y (ya), T (tidak) atau kosong";

    public static readonly IReadOnlyDictionary<string, PetunjukKolom> Semua = new Dictionary<string, PetunjukKolom>(StringComparer.Ordinal)
    {
        ["id_kunjungan"] = new("Nomor catatan kunjungan di sistem puskesmas, unik dalam puskesmas",
            "Teks, paling banyak 100 karakter. Mengirim nomor yang sama lagi mengganti baris sebelumnya", "K-2026-000123", FormatKolom.Teks),
        ["id_skrining"] = new("Nomor catatan skrining di sistem puskesmas, unik dalam puskesmas",
            "Teks, paling banyak 100 karakter. Mengirim nomor yang sama lagi mengganti baris sebelumnya", "S-2026-000045", FormatKolom.Teks),
        ["tanggal"] = new("Tanggal pelayanan", Tanggal + "; tidak di masa depan dan tidak sebelum tahun 2000", "2026-03-05",
            FormatKolom.Tanggal),
        ["kode_puskesmas"] = new("Kode puskesmas yang melayani", "Pilih dari daftar; harus sama dengan nama folder tempat berkas diletakkan",
            "P3329010101", FormatKolom.Teks, DaftarKode.Puskesmas),
        ["nik"] = new("NIK pasien (Nomor Induk Kependudukan)",
            "16 digit angka sebagai teks (kolom ini berformat Teks). Disamarkan saat dibaca, tidak pernah disimpan apa adanya",
            "3329015501950001", FormatKolom.Teks, Syarat: "nik atau no_rm"),
        ["no_rm"] = new("Nomor rekam medis pasien di puskesmas", "Teks; dipakai untuk mengenali pasien bila nik kosong", "RM-001234",
            FormatKolom.Teks, Syarat: "nik atau no_rm"),
        ["jenis_kelamin"] = new("Jenis kelamin pasien", "L (laki-laki), P (perempuan) atau kosong", "P", FormatKolom.Teks,
            DaftarKode.JenisKelamin),
        ["tanggal_lahir"] = new("Tanggal lahir pasien",
            Tanggal + "; tidak sesudah tanggal pelayanan. Pada skrining umur menentukan layanan usia produktif atau usia lanjut",
            "1995-01-15", FormatKolom.Tanggal),
        ["kode_desa"] = new("Kode Kemendagri desa/kelurahan: tempat tinggal pasien, atau desa yang angkanya dilaporkan",
            "Pilih dari daftar (desa wilayah Anda; namanya di lembar kode). Desa di luar daftar, misalnya tempat tinggal pasien dari " +
            "luar wilayah: ketik kodenya, 10 digit dengan atau tanpa titik", "33.29.01.2001", FormatKolom.Teks, DaftarKode.Desa),
        ["layanan"] = new("Kode layanan dari katalog indikator", "Pilih dari daftar; kode di luar katalog ditolak", "ANC_K1",
            FormatKolom.Teks, DaftarKode.Layanan),
        ["tempat"] = new("Tempat pelayanan", string.Join(", ", PilihanNilai.Tempat) + " atau kosong", "POSYANDU", FormatKolom.Teks,
            DaftarKode.Tempat),
        ["sistolik"] = Ukuran("sistolik", "Tekanan darah sistolik (mmHg)", "130"),
        ["diastolik"] = Ukuran("diastolik", "Tekanan darah diastolik (mmHg)", "85"),
        ["gula_darah_sewaktu"] = Ukuran("gula_darah_sewaktu", "Gula darah sewaktu (mg/dL)", "145"),
        ["kolesterol_total"] = Ukuran("kolesterol_total", "Kolesterol total (mg/dL)", "190"),
        ["skrining_tb"] = new("Skrining gejala TBC: Y bila pasien terduga TBC", YaTidak, "T", FormatKolom.Teks, DaftarKode.YaTidak),
        ["skrining_kusta"] = new("Skrining kusta: Y bila pasien suspek kusta", YaTidak, "T", FormatKolom.Teks, DaftarKode.YaTidak),
        ["kegiatan"] = new("Kegiatan tempat skrining dilakukan", "Teks bebas, misalnya CEK_SERENTAK, POSBINDU, PUSLING", "CEK_SERENTAK",
            FormatKolom.Teks),
        ["dirujuk"] = new("Apakah pasien dirujuk", YaTidak, "T", FormatKolom.Teks, DaftarKode.YaTidak),
        ["tahun"] = new("Tahun sasaran", "Empat angka, sama dengan tahun pada nama berkas", "2026", FormatKolom.Angka),
        ["jenis_sasaran"] = new("Kelompok sasaran", "Pilih dari daftar", "IBU_HAMIL", FormatKolom.Teks, DaftarKode.JenisSasaran),
        ["jumlah"] = new("Jumlah sasaran kelompok itu di desa itu dalam setahun", "Bilangan bulat, 0 atau lebih", "120", FormatKolom.Angka),
        ["periode"] = new("Bulan data JKN",
            "yyyy-MM, misalnya 2026-03 (kolom ini berformat Teks agar tidak berubah menjadi tanggal); sama dengan periode pada nama berkas",
            "2026-03", FormatKolom.Teks),
        ["penduduk"] = new("Jumlah penduduk desa menurut data JKN", "Bilangan bulat, 0 atau lebih", "5400", FormatKolom.Angka),
        ["peserta_jkn"] = new("Penduduk yang terdaftar sebagai peserta JKN", "Bilangan bulat, 0 atau lebih", "5100", FormatKolom.Angka),
        ["peserta_aktif"] = new("Peserta JKN yang aktif", "Bilangan bulat, tidak lebih dari peserta_jkn", "4300", FormatKolom.Angka),
    };

    private static PetunjukKolom Ukuran(string kolom, string arti, string contoh)
    {
        var rentang = RentangWajar.Skrining.Single(r => r.Kolom == kolom);
        return new(arti, $"Angka {rentang.Min:0}-{rentang.Max:0} (desimal dengan koma atau titik) atau kosong; di luar rentang ditolak", contoh,
            FormatKolom.Angka);
    }
}
