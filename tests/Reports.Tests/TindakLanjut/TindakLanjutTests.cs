using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.TindakLanjut;
using Pws.Reports.Wilayah;
using Pws.Testing;
using static Pws.Testing.InboxBuilder;

namespace Pws.Reports.Tests.TindakLanjut;

/// <summary>The follow-up lists of October 2026 (their date: 31 October) worked out by hand, person by person. P1 serves
/// Banjaran and Bentar, P2 Bangbayang; a person is listed at the puskesmas of their last contact, by its record id.</summary>
public sealed class TindakLanjutTests
{
    private const string Banjaran = "33.29.01.2001", Bentar = "33.29.01.2002", Bangbayang = "33.29.02.2001";

    private static readonly Dictionary<char, string> Nik = "ABCDEGHIJKLMNOQR".ToDictionary(c => c, c => $"33290101019{(int)c:D5}");

    private static TestWarehouse warehouse = null!;

    private const string SkriningHeader =
        "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk";

    [OneTimeSetUp]
    public static void Import()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.02")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", $"P1,{Banjaran}", $"P1,{Bentar}", $"P2,{Bangbayang}")
            .File("P1/kunjungan_2026.csv", KunjunganHeader,
                // K1 without K4 within 180 days: A (last seen at P2), D (K1 last year), E (K4 too late), F (no NIK: her K4 at
                // P2 is another person's). B had K4 in time, C's window is still open, G had K6.
                Visit("V-A1", "2026-03-01", "P1", Nik['A'], Banjaran),
                Visit("V-B1", "2026-02-01", "P1", Nik['B'], Banjaran),
                Visit("V-C1", "2026-06-01", "P1", Nik['C'], Banjaran),
                Visit("V-D1", "2025-11-20", "P1", Nik['D'], Bentar),
                Visit("V-D2", "2026-01-05", "P1", Nik['D'], Bentar, layanan: "PELAYANAN_BALITA"),
                Visit("V-E1", "2026-01-10", "P1", Nik['E'], Banjaran),
                Visit("V-E2", "2026-08-01", "P1", Nik['E'], Banjaran, layanan: "ANC_K4"),
                Visit("V-F1", "2026-01-05", "P1", "", Bentar, noRm: "RM-F"),
                Visit("V-G1", "2026-03-01", "P1", Nik['G'], Banjaran),
                Visit("V-G2", "2026-05-01", "P1", Nik['G'], Banjaran, layanan: "ANC_K6"),
                // Delivery without KF lengkap within 42 days: H (KF on day 49); I had it on day 35.
                Visit("V-H1", "2026-09-01", "P1", Nik['H'], Banjaran, layanan: "PERSALINAN_FASKES"),
                Visit("V-H2", "2026-10-20", "P1", Nik['H'], Banjaran, layanan: "KF_LENGKAP"),
                Visit("V-I1", "2026-09-10", "P1", Nik['I'], Banjaran, layanan: "PERSALINAN_FASKES"),
                Visit("V-I2", "2026-10-15", "P1", Nik['I'], Banjaran, layanan: "KF_LENGKAP"),
                // KN1 without KN lengkap within 28 days: J.
                Visit("V-J1", "2026-09-25", "P1", Nik['J'], Bentar, layanan: "KN1", tanggalLahir: "2026-09-20"),
                // A baby seen before its first birthday without IDL by it: K (one year old on 15 September). L turns one on
                // the list's date itself; M had IDL at eleven months; N is an adult.
                Visit("V-K1", "2025-09-20", "P1", Nik['K'], Bentar, layanan: "KUNJUNGAN_BAYI", tanggalLahir: "2025-09-15"),
                Visit("V-L1", "2025-11-05", "P1", Nik['L'], Bentar, layanan: "KUNJUNGAN_BAYI", tanggalLahir: "2025-10-31"),
                Visit("V-M1", "2025-01-20", "P1", Nik['M'], Bentar, layanan: "KUNJUNGAN_BAYI", tanggalLahir: "2025-01-10"),
                Visit("V-M2", "2025-12-01", "P1", Nik['M'], Bentar, layanan: "IMUNISASI_DASAR_LENGKAP", tanggalLahir: "2025-01-10"),
                Visit("V-N1", "2026-04-01", "P1", Nik['N'], Bentar, layanan: "PELAYANAN_BALITA", tanggalLahir: "1990-04-01"),
                // Q's high blood pressure was treated in time; R's high blood sugar only after 30 days, at P1.
                Visit("V-Q2", "2026-09-20", "P1", Nik['Q'], Banjaran, layanan: "PELAYANAN_HIPERTENSI", tanggalLahir: "1960-01-01"),
                Visit("V-R2", "2026-10-20", "P1", Nik['R'], Banjaran, layanan: "PELAYANAN_DM", tanggalLahir: "1960-01-01"))
            .File("P2/kunjungan_2026.csv", KunjunganHeader,
                Visit("W-B2", "2026-06-15", "P2", Nik['B'], Banjaran, layanan: "ANC_K4"),
                Visit("W-F2", "2026-02-01", "P2", "", Bentar, layanan: "ANC_K4", noRm: "RM-F"))
            .File("P2/skrining_2026.csv", SkriningHeader,
                $"S-A,2026-09-10,P2,{Nik['A']},,P,1995-05-05,{Banjaran},120,80,,,,,,",
                $"S-O,2026-09-01,P2,{Nik['O']},,L,1970-01-01,{Bangbayang},150,95,,,,,,",
                $"S-Q,2026-09-01,P2,{Nik['Q']},,L,1960-01-01,{Banjaran},160,100,,,,,,",
                $"S-R,2026-09-15,P2,{Nik['R']},,P,1960-01-01,{Banjaran},120,80,250,,,,,");
        Assert.That(warehouse.Import().RowsQuarantined, Is.Zero);
    }

    [OneTimeTearDown] public static void Dispose() => warehouse.Dispose();

    private static List<string> Export(params string[] filters) =>
        warehouse.ExportCsv(["export", "tindak-lanjut", "--periode", "2026-10", .. filters, "--kabupaten", "33.29"]);

    [Test]
    public void P1s_lists_name_its_own_last_record_of_each_person()
    {
        var lines = Export("--puskesmas", "P1");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "jenis,kode_puskesmas,id_kunjungan,tanggal,kode_desa,nama_desa,jenis_kelamin,usia,tanggal_pemicu,batas_tindak_lanjut",
            $"K1_TANPA_K4,P1,V-E2,2026-08-01,{Banjaran},Banjaran,P,31,2026-01-10,2026-07-09",
            $"K1_TANPA_K4,P1,V-D2,2026-01-05,{Bentar},Bentar,P,31,2025-11-20,2026-05-19",
            $"K1_TANPA_K4,P1,V-F1,2026-01-05,{Bentar},Bentar,P,31,2026-01-05,2026-07-04",
            $"PERSALINAN_TANPA_KF,P1,V-H2,2026-10-20,{Banjaran},Banjaran,P,31,2026-09-01,2026-10-13",
            $"KN1_TANPA_KN_LENGKAP,P1,V-J1,2026-09-25,{Bentar},Bentar,P,0,2026-09-25,2026-10-23",
            $"BAYI_TANPA_IDL,P1,V-K1,2025-09-20,{Bentar},Bentar,P,1,2025-09-15,2026-09-15",
            $"GULA_TANPA_PELAYANAN,P1,V-R2,2026-10-20,{Banjaran},Banjaran,P,66,2026-09-15,2026-10-15",
        }));
    }

    [Test]
    public void A_person_last_seen_at_another_puskesmas_is_on_that_puskesmass_list()
    {
        Assert.That(Export("--puskesmas", "P2").Skip(1), Is.EqualTo(new[]
        {
            $"K1_TANPA_K4,P2,S-A,2026-09-10,{Banjaran},Banjaran,P,31,2026-03-01,2026-08-28",
            $"TENSI_TANPA_PELAYANAN,P2,S-O,2026-09-01,{Bangbayang},Bangbayang,L,56,2026-09-01,2026-10-01",
        }));
    }

    [Test]
    public void One_list_alone_and_every_puskesmas_together()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Export("--jenis", "k1_tanpa_k4").Skip(1).Select(l => l.Split(',')[2]), Is.EqualTo(new[] { "V-E2", "V-D2", "V-F1", "S-A" }));
            Assert.That(Export().Count - 1, Is.EqualTo(9));
        });
    }

    [Test]
    public void No_list_names_a_NIK_or_a_pseudonym()
    {
        var text = string.Join('\n', Export());
        var pseudonyms = warehouse.Query<string>("SELECT DISTINCT id_orang FROM kunjungan UNION SELECT DISTINCT id_orang FROM skrining");

        Assert.Multiple(() =>
        {
            Assert.That(Nik.Values.Where(nik => text.Contains(nik, StringComparison.Ordinal)), Is.Empty);
            Assert.That(pseudonyms.Where(p => text.Contains(p, StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void A_kepala_puskesmas_gets_its_own_list_and_is_refused_another()
    {
        using var services = warehouse.Services();
        var report = services.GetRequiredService<TindakLanjutReport>();
        var p1 = AreaScope.Puskesmas("P1", [Banjaran, Bentar]);
        var request = new ReportRequest("K1", new Periode(2026, 10), null, 2026, 10, Tingkat.Desa, null);

        Assert.Multiple(() =>
        {
            Assert.That(report.Read(request, p1).Rows.Select(r => r.KodePuskesmas).Distinct(), Is.EqualTo(new[] { "P1" }));
            Assert.Throws<AreaForbiddenException>(() => report.Read(request with { Puskesmas = "P2" }, p1));
        });
    }

    [Test]
    public void An_unknown_list_is_refused_naming_the_lists_there_are()
    {
        using var services = warehouse.Services();
        var report = services.GetRequiredService<TindakLanjutReport>();
        var request = new ReportRequest("K1", new Periode(2026, 10), null, 2026, 10, Tingkat.Desa, null, Jenis: "K4");

        Assert.That(() => report.Read(request, AreaScope.WholeOf("33.29")), Throws.TypeOf<FormatException>().With.Message.Contains("K1_TANPA_K4"));
    }
}
