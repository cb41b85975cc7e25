using Pws.Testing;

namespace Pws.Reports.Tests.Export;

/// <summary>SPM, UHC, screening and quarantine exports of a small warehouse whose figures were worked out
/// by hand. P1 serves 33.29.01.2001 Banjaran and 33.29.01.2002 Bentar; P2 serves 33.29.02.2001 Bangbayang.</summary>
[TestFixture("duckdb")]
[TestFixture("sqlserver", Category = "SqlServer")]
public sealed class ExportKnownTruthTests(string provider)
{
    private const string SkriningHeader = "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk";
    private TestWarehouse warehouse = null!;

    [OneTimeSetUp]
    public void ImportHandCheckedInbox()
    {
        if (provider == "sqlserver" && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestWarehouse.SqlServerVariable)))
            Assert.Ignore($"{TestWarehouse.SqlServerVariable} tidak diisi: uji gudang data terhadap SQL Server dilewati.");
        warehouse = new TestWarehouse(provider: provider);
        static string K6(string id, string tanggal, string puskesmas, string nik, string desa) =>
            InboxBuilder.Visit(id, tanggal, puskesmas, nik, desa, layanan: "ANC_K6");
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.02")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002", "P2,33.29.02.2001")
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah",
                "2025,33.29.01.2001,IBU_HAMIL,10", "2025,33.29.01.2002,IBU_HAMIL,5", "2025,33.29.02.2001,IBU_HAMIL,4",
                "2025,33.29.01.2001,LANSIA,3", "2025,33.29.01.2001,USIA_PRODUKTIF,100")
            .File("master/jkn_2025-06.csv", "periode,kode_desa,penduduk,peserta_jkn,peserta_aktif",
                "2025-06,33.29.01.2001,127394,126281,101000", "2025-06,33.29.01.2002,1000,990,850", "2025-06,33.29.02.2001,1000,900,800")
            .File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                K6("V1", "2025-02-10", "P1", "3329010101900001", "33.29.01.2001"),
                K6("V2", "2025-03-10", "P1", "3329010101900002", "33.29.01.2001"),
                K6("V3", "2025-01-05", "P1", "3329010101900003", "33.29.01.2002"),
                K6("V4", "2025-01-06", "P1", "3329010101900004", "33.29.01.2002"),
                K6("V5", "2025-02-07", "P1", "3329010101900005", "33.29.01.2002"),
                K6("V6", "2025-02-08", "P1", "3329010101900006", "33.29.01.2002"),
                K6("V7", "2025-03-09", "P1", "3329010101900007", "33.29.01.2002"),
                K6("V8", "2025-03-10", "P1", "3329010101900008", "33.29.01.2002"),
                K6("V9", "2025-03-11", "P1", "3329010101900008", "33.29.01.2002"),
                "V10,2025-03-12,P1,123,,P,1995-05-05,33.29.01.2002,ANC_K6,POSYANDU")
            .File("P2/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                K6("W1", "2025-06-01", "P2", "3329020101900001", "33.29.02.2001"))
            .File("P1/skrining_2025.csv", SkriningHeader,
                "S1,2025-02-01,P1,3329010101600001,,P,1960-01-01,33.29.01.2001,150,85,,,,,CEK_SERENTAK,",
                "S2,2025-02-02,P1,3329010101850001,,L,1985-01-01,33.29.01.2001,120,80,250,,,,CEK_SERENTAK,",
                "S3,2025-03-02,P1,3329010101850001,,L,1985-01-01,33.29.01.2002,,,,210,,,PUSLING,",
                "S4,2025-03-03,P1,3329010101950001,,P,1995-01-01,33.29.01.2002,,,,,Y,T,PUSLING,Y",
                "S5,2025-03-04,P1,3328010101950001,,P,1995-01-01,33.28.01.2001,180,,,,,,PUSLING,");
        warehouse.Import();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        warehouse?.Dispose();
    }

    private List<string> Export(params string[] args) => warehouse.ExportCsv([.. args, "--kabupaten", "33.29"]);

    [Test]
    public void SPM_at_village_level_gives_sasaran_terlayani_capaian_and_kekurangan_year_to_date()
    {
        var lines = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "desa");

        Assert.That(lines[0], Is.EqualTo("kode_wilayah,nama_wilayah,kode_spm,sasaran,terlayani,capaian,kekurangan"));
        Assert.That(lines, Has.Count.EqualTo(1 + 297 * 12));
        Assert.That(lines, Does.Contain("33.29.01.2001,Banjaran,SPM01,10,2,20.00,8"));
        Assert.That(lines, Does.Contain("33.29.01.2002,Bentar,SPM01,5,6,120.00,0"));
        // W1 was served in June, after the period.
        Assert.That(lines, Does.Contain("33.29.02.2001,Bangbayang,SPM01,4,0,0.00,4"));
        Assert.That(lines, Does.Contain("33.29.01.2001,Banjaran,SPM07,3,1,33.33,2"));
        Assert.That(lines, Does.Contain("33.29.01.2001,Banjaran,SPM06,100,1,1.00,99"));
        // Served but without sasaran: capaian and kekurangan unknown.
        Assert.That(lines, Does.Contain("33.29.01.2002,Bentar,SPM06,,1,,"));
    }

    [Test]
    public void SPM_areas_sum_their_villages_and_kekurangan_sums_each_villages_gap()
    {
        var kecamatan = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "kecamatan");
        var puskesmas = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "puskesmas");
        var kabupaten = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "kabupaten");

        Assert.Multiple(() =>
        {
            Assert.That(kecamatan, Does.Contain("33.29.01,Salem,SPM01,15,8,53.33,8"));
            Assert.That(puskesmas, Does.Contain("P1,Puskesmas Satu,SPM01,15,8,53.33,8"));
            Assert.That(puskesmas, Does.Contain("P2,Puskesmas Dua,SPM01,4,0,0.00,4"));
            Assert.That(kabupaten, Does.Contain("33.29,KABUPATEN BREBES,SPM01,19,8,42.11,12"));
            Assert.That(kabupaten, Has.Count.EqualTo(13));
        });
    }

    [Test]
    public void UHC_gives_kepesertaan_keaktifan_and_the_level_per_village()
    {
        var lines = Export("export", "uhc", "--periode", "2025-06");

        Assert.That(lines[0], Is.EqualTo("kode_desa,nama_desa,penduduk,peserta_jkn,peserta_aktif,kepesertaan,keaktifan,status_uhc"));
        Assert.That(lines, Does.Contain("33.29.01.2001,Banjaran,127394,126281,101000,99.13,79.28,UHC"));
        Assert.That(lines, Does.Contain("33.29.01.2002,Bentar,1000,990,850,99.00,85.00,UHC_PRIORITAS"));
        Assert.That(lines, Does.Contain("33.29.02.2001,Bangbayang,1000,900,800,90.00,80.00,BELUM_UHC"));
        Assert.That(lines, Does.Contain("33.29.17.2001,Bandungsari,,,,,,"));
    }

    [Test]
    public void Screening_counts_each_person_once_in_the_village_of_their_first_screening_with_every_flag_they_had()
    {
        var desa = Export("export", "skrining", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "desa");
        var kabupaten = Export("export", "skrining", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "kabupaten");

        Assert.Multiple(() =>
        {
            Assert.That(desa[0], Is.EqualTo("kode_wilayah,nama_wilayah,diskrining,tekanan_darah_tinggi,gula_darah_tinggi,kolesterol_tinggi,terduga_tb,suspek_kusta"));
            Assert.That(desa, Does.Contain("33.29.01.2001,Banjaran,2,1,1,1,0,0"));
            Assert.That(desa, Does.Contain("33.29.01.2002,Bentar,1,0,0,0,1,0"));
            Assert.That(kabupaten, Is.EqualTo(new[] { desa[0], "33.29,KABUPATEN BREBES,3,1,1,1,1,0" }));
        });
    }

    [Test]
    public void The_quarantine_export_lists_each_bad_row_with_its_file_line_column_and_masked_content()
    {
        var lines = Export("export", "karantina");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "sumber,baris,kolom,alasan,isi",
            "P1/kunjungan_2025.csv,11,nik,NIK harus 16 digit angka (tertulis 3 karakter),\"V10,2025-03-12,P1,123,,P,1995-05-05,33.29.01.2002,ANC_K6,POSYANDU\"",
        }));
    }
}
