using System.Globalization;
using Pws.Testing;

namespace Pws.Reports.Tests.Jangkauan;

/// <summary>A person served in two villages by two puskesmas counts once in every area that holds both, and once in
/// each that holds one. M comes to P1's building in January (Pangebatan, 33.29.01.2001), in February to a posyandu of
/// P2 in 33.29.02.2001 and, the next day, to P1's outreach back in 33.29.01.2001; S comes to P1's building in February.
/// Worked out by hand: the kabupaten and P1 see M and S; 33.29.02.2001 and P2 see M alone. In 2024 R, served in one
/// place each month but in two places in the year (P1's building in January, P2's posyandu in February), counts in
/// both kecamatan's year and once in the kabupaten's.</summary>
public sealed class JangkauanMovedPersonTests
{
    private TestWarehouse warehouse = null!;

    [OneTimeSetUp]
    public void ImportAPersonWhoMoved()
    {
        warehouse = new TestWarehouse();
        const string m = "3329010101900011", s = "3329010101900012", r = "3329010101900013";
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.02")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P2,33.29.02.2001")
            .File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("V1", "2025-01-10", "P1", m, "33.29.01.2001"),
                InboxBuilder.Visit("V3", "2025-02-06", "P1", m, "33.29.01.2001", layanan: "ANC_K4", tempat: "LUAR_GEDUNG"),
                InboxBuilder.Visit("W1", "2025-02-07", "P1", s, "33.29.01.2001"))
            .File("P1/kunjungan_2024.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("R1", "2024-01-10", "P1", r, "33.29.01.2001"))
            .File("P2/kunjungan_2024.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("R2", "2024-02-05", "P2", r, "33.29.02.2001", layanan: "ANC_K4", tempat: "POSYANDU"))
            .File("P2/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("V2", "2025-02-05", "P2", m, "33.29.02.2001", layanan: "ANC_K4", tempat: "POSYANDU"));
        warehouse.Import();
    }

    [OneTimeTearDown]
    public void CleanUp() => warehouse.Dispose();

    /// <summary>Every service together: the counts from dilayani to persen_luar_gedung of an area's row for a month (or "" for the year).</summary>
    private string Counts(string tingkat, string kode, string bulan, int tahun = 2025)
    {
        var lines = warehouse.ExportCsv("export", "jangkauan", "--tahun", tahun.ToString(CultureInfo.InvariantCulture), "--sampai-bulan", "2", "--tingkat", tingkat, "--kabupaten", "33.29");
        var row = lines.Select(l => l.Split(',')).Single(c => c[0] == kode && c[2] == "" && c[3] == bulan);
        return string.Join(',', row[4..]);
    }

    [Test]
    public void The_kabupaten_and_its_kecamatan_count_the_moved_person_once()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Counts("kabupaten", "33.29", ""), Is.EqualTo("2,2,1,1,0,0,0,50.00"), "M and S; M in the building, outside it and at a posyandu");
            Assert.That(Counts("kabupaten", "33.29", "2"), Is.EqualTo("2,1,1,1,0,0,0,50.00"), "February: M twice, once counted");
            Assert.That(Counts("kecamatan", "33.29.01", ""), Is.EqualTo("2,2,1,0,0,0,0,50.00"));
            Assert.That(Counts("kecamatan", "33.29.02", ""), Is.EqualTo("1,0,0,1,0,0,0,100.00"));
        });
    }

    [Test]
    public void Each_village_and_puskesmas_counts_what_it_saw_of_the_moved_person()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Counts("desa", "33.29.01.2001", ""), Is.EqualTo("2,2,1,0,0,0,0,50.00"));
            Assert.That(Counts("desa", "33.29.01.2001", "2"), Is.EqualTo("2,1,1,0,0,0,0,50.00"));
            Assert.That(Counts("desa", "33.29.02.2001", "2"), Is.EqualTo("1,0,0,1,0,0,0,100.00"));
            Assert.That(Counts("puskesmas", "P1", ""), Is.EqualTo("2,2,1,0,0,0,0,50.00"));
            Assert.That(Counts("puskesmas", "P2", "1"), Is.EqualTo("0,0,0,0,0,0,0,"), "P2 saw nobody in January");
            Assert.That(Counts("puskesmas", "P2", "2"), Is.EqualTo("1,0,0,1,0,0,0,100.00"));
        });
    }

    [Test]
    public void A_person_served_in_one_place_each_month_but_two_in_the_year_counts_in_both_kecamatan()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Counts("kabupaten", "33.29", "", 2024), Is.EqualTo("1,1,0,1,0,0,0,100.00"));
            Assert.That(Counts("kecamatan", "33.29.01", "", 2024), Is.EqualTo("1,1,0,0,0,0,0,0.00"));
            Assert.That(Counts("kecamatan", "33.29.02", "", 2024), Is.EqualTo("1,0,0,1,0,0,0,100.00"));
            Assert.That(Counts("puskesmas", "P2", "2", 2024), Is.EqualTo("1,0,0,1,0,0,0,100.00"));
        });
    }
}
