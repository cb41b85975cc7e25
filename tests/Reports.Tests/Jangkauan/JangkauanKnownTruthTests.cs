using Pws.Testing;

namespace Pws.Reports.Tests.Jangkauan;

/// <summary>Outreach of a small warehouse worked out by hand. In January A and D come to the building and C's visit
/// says nowhere; in February A and B are served at a posyandu and E (ANC, klaster 2) and F (hypertension, klaster 3)
/// by the Pusling of P2. A, B, C, D live in 33.29.01.2001 (P1), E and F in 33.29.02.2001 (P2).
/// Year to date, every service: 6 people; in the building A, D; posyandu A, B; pusling E, F; unknown C. Outside the
/// building A, B, E, F among the 5 whose setting is known: 80 %.</summary>
public sealed class JangkauanKnownTruthTests
{
    private TestWarehouse warehouse = null!;

    [OneTimeSetUp]
    public void ImportHandCheckedInbox()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.02")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P2,33.29.02.2001")
            .File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("V1", "2025-01-10", "P1", "3329010101900001", "33.29.01.2001"),
                InboxBuilder.Visit("V2", "2025-01-11", "P1", "3329010101900004", "33.29.01.2001"),
                InboxBuilder.Visit("V3", "2025-01-12", "P1", "3329010101900003", "33.29.01.2001", tempat: ""),
                InboxBuilder.Visit("V4", "2025-02-03", "P1", "3329010101900001", "33.29.01.2001", layanan: "ANC_K4", tempat: "POSYANDU"),
                InboxBuilder.Visit("V5", "2025-02-03", "P1", "3329010101900002", "33.29.01.2001", tempat: "POSYANDU"))
            .File("P2/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("W1", "2025-02-20", "P2", "3329020101900005", "33.29.02.2001", tempat: "PUSLING"),
                InboxBuilder.Visit("W2", "2025-02-20", "P2", "3329020101900006", "33.29.02.2001", layanan: "PELAYANAN_HIPERTENSI", tempat: "PUSLING"));
        warehouse.Import();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        warehouse.Dispose();
    }

    private List<string> Export(string tingkat) =>
        warehouse.ExportCsv("export", "jangkauan", "--tahun", "2025", "--sampai-bulan", "2", "--tingkat", tingkat, "--kabupaten", "33.29");

    [Test]
    public void The_kabupaten_counts_each_person_once_per_period_and_once_per_setting()
    {
        var lines = Export("kabupaten");

        Assert.That(lines[0], Is.EqualTo("kode_wilayah,nama_wilayah,klaster,bulan,dilayani,dalam_gedung,luar_gedung,posyandu,pusling,homecare,tempat_tidak_dicatat,persen_luar_gedung"));
        Assert.That(lines, Does.Contain("33.29,KABUPATEN BREBES,,,6,2,0,2,2,0,1,80.00"), "year to date, every service");
        Assert.That(lines, Does.Contain("33.29,KABUPATEN BREBES,,1,3,2,0,0,0,0,1,0.00"), "January");
        Assert.That(lines, Does.Contain("33.29,KABUPATEN BREBES,,2,4,0,0,2,2,0,0,100.00"), "February");
        Assert.That(lines, Does.Contain("33.29,KABUPATEN BREBES,2,,5,2,0,2,1,0,1,75.00"), "klaster 2: everyone but F");
        Assert.That(lines, Does.Contain("33.29,KABUPATEN BREBES,3,,1,0,0,0,1,0,0,100.00"), "klaster 3: F's hypertension visit");
    }

    [Test]
    public void A_puskesmas_counts_the_people_it_served_and_a_village_the_people_living_there()
    {
        var puskesmas = Export("puskesmas");
        var desa = Export("desa");

        Assert.That(puskesmas, Does.Contain("P1,Puskesmas Satu,,,4,2,0,2,0,0,1,66.67"));
        Assert.That(puskesmas, Does.Contain("P2,Puskesmas Dua,,,2,0,0,0,2,0,0,100.00"));
        Assert.That(desa.Where(l => l.StartsWith("33.29.02.2001,", StringComparison.Ordinal) && l.Split(',')[2..4].All(f => f.Length == 0)).Single(),
            Does.EndWith(",2,0,0,0,2,0,0,100.00"));
    }
}
