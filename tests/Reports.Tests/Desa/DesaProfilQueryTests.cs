using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Desa;
using Pws.Testing;

namespace Pws.Reports.Tests.Desa;

/// <summary>A village's profile shows its own JKN month and its own screening figures, read for that village alone.
/// Two villages of Puskesmas P1, data to June 2025: 33.29.01.2001 has 1,000 residents, 900 in JKN, 800 active, and two
/// people screened in March (one with 150/95 mmHg); 33.29.01.2002 has 500, 400 and 300, and one person screened
/// (120/80).</summary>
public sealed class DesaProfilQueryTests
{
    private TestWarehouse warehouse = null!;
    private ServiceProvider services = null!;

    [OneTimeSetUp]
    public void Import()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Salem,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
            .File("master/jkn_2025-06.csv", "periode,kode_desa,penduduk,peserta_jkn,peserta_aktif",
                "2025-06,33.29.01.2001,1000,900,800", "2025-06,33.29.01.2002,500,400,300")
            .File("P1/skrining_2025-03.csv", InboxBuilder.SkriningHeader,
                "S-1,2025-03-05,P1,3329010101800001,,P,1980-01-01,33.29.01.2001,150,95,,,,,,",
                "S-2,2025-03-05,P1,3329010101800002,,L,1980-01-01,33.29.01.2001,120,80,,,,,,",
                "S-3,2025-03-06,P1,3329010101800003,,L,1980-01-01,33.29.01.2002,120,80,,,,,,")
            .File("P1/kunjungan_2025-06.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("K-1", "2025-06-10", "P1", "3329010101900001", "33.29.01.2001", layanan: "ANC_K1"));
        warehouse.Import();
        services = warehouse.Services();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        services?.Dispose();
        warehouse?.Dispose();
    }

    [TestCase("33.29.01.2001", 1000, 900, 800, 90.0, 2, 1)]
    [TestCase("33.29.01.2002", 500, 400, 300, 80.0, 1, 0)]
    public void A_village_profile_shows_its_own_JKN_month_and_screening(string kodeDesa, int penduduk, int peserta, int aktif, double kepesertaan,
        int diskrining, int tekananDarahTinggi)
    {
        var profil = services.GetRequiredService<DesaProfilQuery>().Read(kodeDesa, AreaScope.WholeOf("33.29"))!;

        Assert.Multiple(() =>
        {
            Assert.That((profil.Tahun, profil.Bulan), Is.EqualTo((2025, 6)), "the latest month with data");
            Assert.That(profil.PeriodeJkn, Is.EqualTo(new Periode(2025, 6)));
            Assert.That((profil.Jkn!.KodeDesa, profil.Jkn.Penduduk, profil.Jkn.PesertaJkn, profil.Jkn.PesertaAktif),
                Is.EqualTo((kodeDesa, (int?)penduduk, (int?)peserta, (int?)aktif)));
            Assert.That(profil.Jkn.Kepesertaan, Is.EqualTo(kepesertaan));
            Assert.That((profil.Skrining.Diskrining, profil.Skrining.TekananDarahTinggi), Is.EqualTo(((long)diskrining, (long)tekananDarahTinggi)));
        });
    }

    [Test]
    public void A_village_without_a_JKN_row_shows_none()
    {
        var profil = services.GetRequiredService<DesaProfilQuery>().Read("33.29.01.2003", AreaScope.WholeOf("33.29"))!;

        Assert.Multiple(() =>
        {
            Assert.That(profil.Jkn, Is.Null);
            Assert.That(profil.Skrining.Diskrining, Is.Zero);
        });
    }
}
