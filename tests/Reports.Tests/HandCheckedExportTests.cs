using Pws.Testing;

namespace Pws.Reports.Tests;

/// <summary>Export tests over a small warehouse whose figures were worked out by hand, shared by SPM, UHC, screening
/// and the quarantine, each run on DuckDB and (when a server is given) SQL Server. P1 serves 33.29.01.2001 Banjaran
/// and 33.29.01.2002 Bentar; P2 serves 33.29.02.2001 Bangbayang.</summary>
[TestFixture("duckdb")]
[TestFixture("sqlserver", Category = "SqlServer")]
public abstract class HandCheckedExportTests(string provider)
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
    public void CleanUp() => warehouse?.Dispose();

    protected List<string> Export(params string[] args) => warehouse.ExportCsv([.. args, "--kabupaten", "33.29"]);
}
