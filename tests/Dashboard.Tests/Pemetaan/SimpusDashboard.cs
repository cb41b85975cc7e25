using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Pws.Dashboard.Tests.Browser;
using Pws.Testing;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Tests.Pemetaan;

/// <summary>The dashboard over a small inbox of its own instead of the Brebes demo, so it starts in seconds: two puskesmas
/// of Kecamatan Salem, a SIMPUS profile that reads village names and service words, and a March visit list whose
/// village names and services partly need a mapping. Its first start imports it; the accounts come from configuration,
/// one of each role.</summary>
internal static class SimpusDashboard
{
    public const string Salem = "P3329010101";
    public const string Salem2 = "P3329010102";
    public const string Sandi = "sandi-uji-data-masuk";

    public const string Profile = """
        nama: simpus-kunjungan
        jenis: kunjungan
        berlaku:
          berkas: "simpus_*.csv"
        berkas:
          pemisah: ";"
        kolom:
          id_kunjungan: {id_dari: ["No. RM", "Tanggal Kunjungan", "Pelayanan"]}
          tanggal: {kolom: "Tanggal Kunjungan", format_tanggal: "dd-MM-yyyy"}
          nik: NIK
          no_rm: "No. RM"
          jenis_kelamin: "Jenis Kelamin"
          tanggal_lahir: {kolom: "Tgl Lahir", format_tanggal: "dd-MM-yyyy"}
          kode_desa: {kolom: "Desa", pemetaan: desa}
          layanan:
            kolom: Pelayanan
            nilai: {"ANC K1": ANC_K1, "ANC K4": ANC_K4}
            pemetaan: layanan
        """;

    public const string Header = "No. RM;NIK;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa;Pelayanan";

    /// <summary>Banjaran loads; "Banjaan" (twice) and "Dukuh Lama" wait for a village mapping, "Poli Gigi" for a service one.</summary>
    public static readonly string[] Visits =
    [
        Header,
        "RM-001;3329014303950001;03-03-2025;Perempuan;05-05-1995;Desa Banjaran;ANC K1",
        "RM-002;3329014303960002;04-03-2025;Perempuan;06-06-1996;Banjaan;ANC K1",
        "RM-003;3329014303970003;05-03-2025;Perempuan;07-07-1997;Banjaan;ANC K4",
        "RM-004;3329014303980004;06-03-2025;Perempuan;08-08-1998;Dukuh Lama;ANC K1",
        "RM-005;3329014303990005;07-03-2025;Laki-laki;09-09-1999;Bentar;Poli Gigi",
    ];

    public static DashboardApp Start()
    {
        var hash = Core.Security.PasswordHash.Create(Sandi);
        var settings = new Dictionary<string, string?> { ["Pws:Demo"] = "false" };
        string[][] accounts = [["admin-uji", "ADMIN", ""], ["analis-uji", "ANALIS_DINKES", ""], ["bappeda-uji", "BAPPEDA", ""], ["kapus-uji", "KEPALA_PUSKESMAS", Salem]];
        for (var i = 0; i < accounts.Length; i++)
        {
            settings[$"Pws:Akses:Pengguna:{i}:Nama"] = accounts[i][0];
            settings[$"Pws:Akses:Pengguna:{i}:KataSandi"] = hash;
            settings[$"Pws:Akses:Pengguna:{i}:Peran"] = accounts[i][1];
            if (accounts[i][2].Length > 0) settings[$"Pws:Akses:Pengguna:{i}:KodePuskesmas"] = accounts[i][2];
        }
        var app = new DashboardApp(settings);
        new InboxBuilder(app.Inbox)
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", $"{Salem},Puskesmas Salem,33.29.01", $"{Salem2},Puskesmas Salem 2,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa",
                $"{Salem},33.29.01.2001", $"{Salem},33.29.01.2002", $"{Salem},33.29.01.2003", $"{Salem2},33.29.01.2004", $"{Salem2},33.29.01.2005")
            .File("profil/simpus.yaml", Profile)
            .File($"{Salem}/simpus_2025-03.csv", Visits);
        _ = app.BaseUrl;
        return app;
    }

    public static Task<HttpClient> As(this DashboardApp app, string nama) => SignIn.AsAsync(app.BaseUrl, nama, Sandi);

    public static List<T> Query<T>(this DashboardApp app, string sql, object? parameters = null)
    {
        using var connection = app.Services.GetRequiredService<Dialect>().Open();
        return connection.Query<T>(sql, parameters).ToList();
    }
}
