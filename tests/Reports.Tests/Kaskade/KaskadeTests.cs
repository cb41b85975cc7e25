using Pws.Testing;
using static Pws.Testing.InboxBuilder;

namespace Pws.Reports.Tests.Kaskade;

/// <summary>The screening-to-care cascade of January to October 2026, worked out person by person.</summary>
public sealed class KaskadeTests
{
    private const string Banjaran = "33.29.01.2001", Bentar = "33.29.01.2002";

    private const string SkriningHeader =
        "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk";

    private static string Nik(char person) => $"332901010180{(int)person:D4}";

    private static string Screening(string id, string tanggal, char person, string desa, string sistolik, string diastolik, string gds = "") =>
        $"{id},{tanggal},P1,{Nik(person)},,P,1970-01-01,{desa},{sistolik},{diastolik},{gds},,,,,";

    private static TestWarehouse warehouse = null!;

    [OneTimeSetUp]
    public static void Import()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.02")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", $"P1,{Banjaran}", $"P1,{Bentar}")
            .File("P1/skrining_2026.csv", SkriningHeader,
                // a: high, treated in 19 days, normal in June. b: high, treated after 44 days, still high in July.
                Screening("S1", "2026-03-01", 'a', Banjaran, "150", "95"), Screening("S2", "2026-06-01", 'a', Banjaran, "120", "80"),
                Screening("S3", "2026-04-01", 'b', Banjaran, "145", "85"), Screening("S4", "2026-07-01", 'b', Banjaran, "150", "90"),
                // c: high blood sugar in Bentar, normal in August: under control, hence followed up.
                Screening("S5", "2026-05-01", 'c', Bentar, "120", "80", "250"), Screening("S6", "2026-08-01", 'c', Bentar, "120", "80", "150"),
                // d: screened, nothing found. e: first screened in Bentar, high in Banjaran in September, treated at P2,
                // normal only in November, after the period. f: high in June; July measured sugar only.
                Screening("S7", "2026-02-01", 'd', Bentar, "110", "70"),
                Screening("S8", "2026-01-10", 'e', Bentar, "120", "80"), Screening("S9", "2026-09-01", 'e', Banjaran, "160", "100"),
                Screening("S10", "2026-11-05", 'e', Banjaran, "120", "80"),
                Screening("S11", "2026-06-01", 'f', Banjaran, "150", "95"), Screening("S12", "2026-07-01", 'f', Banjaran, "", "", "100"))
            .File("P1/kunjungan_2026.csv", KunjunganHeader,
                Visit("V1", "2026-03-20", "P1", Nik('a'), Banjaran, layanan: "PELAYANAN_HIPERTENSI"),
                Visit("V2", "2026-05-15", "P1", Nik('b'), Banjaran, layanan: "PELAYANAN_HIPERTENSI"))
            .File("P2/kunjungan_2026.csv", KunjunganHeader,
                Visit("W1", "2026-09-10", "P2", Nik('e'), Banjaran, layanan: "PELAYANAN_HIPERTENSI"));
        Assert.That(warehouse.Import().RowsQuarantined, Is.Zero);
    }

    [OneTimeTearDown] public static void Dispose() => warehouse.Dispose();

    private static List<string> Export(string tingkat) =>
        warehouse.ExportCsv("export", "kaskade", "--tahun", "2026", "--sampai-bulan", "10", "--tingkat", tingkat, "--kabupaten", "33.29");

    [Test]
    public void Per_village_the_cascade_counts_each_person_where_their_first_flag_was()
    {
        var lines = Export("desa");

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("kode_wilayah,nama_wilayah,diskrining,tensi_tinggi,tensi_ditindaklanjuti,tensi_terkendali,gula_tinggi,gula_ditindaklanjuti,gula_terkendali"));
            Assert.That(lines, Does.Contain($"{Banjaran},Banjaran,3,4,2,1,0,0,0"), "a, b, f first screened here; a, b, e, f flagged; a and e treated; a under control");
            Assert.That(lines, Does.Contain($"{Bentar},Bentar,3,0,0,0,1,1,1"), "c, d, e first screened here; c's sugar under control");
        });
    }

    [Test]
    public void The_kabupaten_is_the_sum_of_its_villages()
    {
        Assert.That(Export("kabupaten"), Does.Contain("33.29,KABUPATEN BREBES,6,4,2,1,1,1,1"));
    }
}
