namespace Pws.Dashboard.Web.Audit;

/// <summary>The kinds of event the audit trail records.</summary>
public static class Peristiwa
{
    public const string Masuk = "MASUK";
    public const string GagalMasuk = "GAGAL_MASUK";
    public const string Terkunci = "TERKUNCI";
    public const string Keluar = "KELUAR";
    public const string Ekspor = "EKSPOR";
    public const string Api = "API";
    public const string Ditolak = "DITOLAK";
    public const string PenggunaDitambah = "PENGGUNA_DITAMBAH";
    public const string PenggunaDiubah = "PENGGUNA_DIUBAH";
    public const string SandiDiaturUlang = "SANDI_DIATUR_ULANG";
    public const string SandiDiganti = "SANDI_DIGANTI";
    public const string BatasDesa = "BATAS_DESA";
    public const string SesiDiakhiri = "SESI_DIAKHIRI";
    public const string PemetaanDisimpan = "PEMETAAN_DISIMPAN";
    public const string PemetaanDihapus = "PEMETAAN_DIHAPUS";
    public const string ProfilDiunggah = "PROFIL_DIUNGGAH";
    public const string ProfilDihapus = "PROFIL_DIHAPUS";

    public static readonly IReadOnlyList<string> Semua =
        [Masuk, GagalMasuk, Terkunci, Keluar, Ekspor, Api, Ditolak, PenggunaDitambah, PenggunaDiubah, SandiDiaturUlang, SandiDiganti, BatasDesa,
            PemetaanDisimpan, PemetaanDihapus, ProfilDiunggah, ProfilDihapus];
}
