namespace Pws.Reports.Excel;

/// <summary>The heading a person reads over a workbook column. CSV and the API keep the machine names
/// (<c>cakupan_bulan_ini</c>); a planner forwarding a workbook reads "Cakupan bulan ini (%)". A name without a
/// heading here (SPM's per-service columns, already written for people) is shown as it is.</summary>
public static class JudulKolom
{
    private static readonly Dictionary<string, string> Judul = new(StringComparer.Ordinal)
    {
        ["kode_desa"] = "Kode desa",
        ["nama_desa"] = "Desa",
        ["kode_wilayah"] = "Kode wilayah",
        ["nama_wilayah"] = "Wilayah",
        ["kode_puskesmas"] = "Kode puskesmas",
        ["sasaran"] = "Sasaran",
        ["sasaran_bayi"] = "Sasaran bayi",
        ["bulan_ini"] = "Dilayani bulan ini",
        ["kumulatif"] = "Kumulatif sejak Januari",
        ["cakupan_bulan_ini"] = "Cakupan bulan ini (%)",
        ["cakupan_bulan_lalu"] = "Cakupan bulan lalu (%)",
        ["cakupan_kumulatif"] = "Cakupan kumulatif (%)",
        ["target_kumulatif"] = "Target kumulatif (%)",
        ["status"] = "Status PWS",
        ["idl"] = "Imunisasi dasar lengkap",
        ["cakupan_idl"] = "Cakupan IDL (%)",
        ["uci"] = "Desa UCI",
        ["kode_spm"] = "Kode SPM",
        ["pelayanan"] = "Pelayanan",
        ["layanan_dihitung"] = "Layanan yang dihitung",
        ["target"] = "Target (%)",
        ["terlayani"] = "Terlayani",
        ["capaian"] = "Capaian (%)",
        ["kekurangan"] = "Kekurangan (orang)",
        ["porsi_agregat"] = "Dari agregat (%)",
        ["penduduk"] = "Penduduk",
        ["peserta_jkn"] = "Peserta JKN",
        ["peserta_aktif"] = "Peserta aktif",
        ["kepesertaan"] = "Kepesertaan (%)",
        ["keaktifan"] = "Keaktifan (%)",
        ["status_uhc"] = "Status UHC",
        ["diskrining"] = "Diskrining",
        ["tekanan_darah_tinggi"] = "Tekanan darah tinggi",
        ["gula_darah_tinggi"] = "Gula darah tinggi",
        ["kolesterol_tinggi"] = "Kolesterol tinggi",
        ["terduga_tb"] = "Terduga TB",
        ["suspek_kusta"] = "Suspek kusta",
        ["klaster"] = "Klaster",
        ["bulan"] = "Bulan",
        ["dilayani"] = "Orang dilayani",
        ["dalam_gedung"] = "Dalam gedung",
        ["luar_gedung"] = "Luar gedung",
        ["posyandu"] = "Posyandu",
        ["pusling"] = "Pusling",
        ["homecare"] = "Kunjungan rumah",
        ["tempat_tidak_dicatat"] = "Tempat tidak dicatat",
        ["persen_luar_gedung"] = "Di luar gedung (%)",
        ["sumber"] = "Berkas atau sumber",
        ["baris"] = "Baris",
        ["kolom"] = "Kolom",
        ["alasan"] = "Alasan",
        ["isi"] = "Isi baris",
    };

    public static string For(string name) => Judul.GetValueOrDefault(name, name);
}
