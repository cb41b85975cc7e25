using Pws.Testing;

namespace Pws.Etl.Tests.Import;

public sealed class ScreeningAndJknImportTests
{
    private const string Header = "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk";
    private TestWarehouse warehouse = null!;

    [SetUp] public void Create() => warehouse = new TestWarehouse();
    [TearDown] public void Delete() => warehouse.Dispose();

    private long Mart(string indikator, string desa, int bulan) => warehouse.Query<long>(
        "SELECT kumulatif FROM mart_capaian WHERE kode_indikator = $i AND kode_desa = $d AND tahun = 2025 AND bulan = $b",
        new { i = indikator, d = desa, b = bulan }).Single();

    [Test]
    public void Screenings_count_people_for_SPM06_or_SPM07_by_completed_age_on_the_screening_date()
    {
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Satu,33.29.01")
            .File("P1/skrining_2025-03.csv", Header,
                // 60 on her birthday: lansia.
                "S-1,2025-03-01,P1,3329010101650001,,P,1965-03-01,33.29.01.2001,,,,,,,CEK_SERENTAK,",
                // one day short of 60: usia produktif.
                "S-2,2025-03-01,P1,3329010101650002,,P,1965-03-02,33.29.01.2001,130,85,,,,,,",
                // 14: neither.
                "S-3,2025-03-01,P1,3329010101650003,,L,2010-06-01,33.29.01.2001,,,,,,,,",
                // the same person again in April: still one person.
                "S-4,2025-04-10,P1,3329010101650002,,P,1965-03-02,33.29.01.2001,,,150,,,,,",
                "S-5,2025-04-10,P1,3329010101650004,,P,1965-03-02,33.29.01.2001,400,,,,,,,");

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(summary.RowsQuarantined, Is.EqualTo(1));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM skrining").Single(), Is.EqualTo(4));
            Assert.That(Mart("SPM07", "33.29.01.2001", 3), Is.EqualTo(1));
            Assert.That(Mart("SPM06", "33.29.01.2001", 3), Is.EqualTo(1));
            Assert.That(Mart("SPM06", "33.29.01.2001", 4), Is.EqualTo(1));
        });
    }

    [Test]
    public void JKN_files_load_per_village_and_month_and_inconsistent_rows_are_quarantined()
    {
        warehouse.NewInbox()
            .File("master/jkn_2025-06.csv", "periode,kode_desa,penduduk,peserta_jkn,peserta_aktif",
                "2025-06,3329012001,127394,126281,101000",
                "2025-06,33.29.01.2002,1000,900,950",
                "2025-07,33.29.01.2003,1000,900,800");

        warehouse.Import();

        Assert.That(warehouse.Query<string>("SELECT concat_ws(',', tahun, bulan, kode_desa, penduduk, peserta_jkn, peserta_aktif) FROM jkn"),
            Is.EqualTo(new[] { "2025,6,33.29.01.2001,127394,126281,101000" }));
        Assert.That(warehouse.Query<string>("SELECT kolom FROM karantina ORDER BY baris"), Is.EqualTo(new[] { "peserta_aktif", "periode" }));
    }
}
