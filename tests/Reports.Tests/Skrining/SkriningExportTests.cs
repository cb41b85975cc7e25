namespace Pws.Reports.Tests.Skrining;

/// <summary>Screening per village and for the kabupaten, from the hand-checked warehouse.</summary>
public sealed class SkriningExportTests(string provider) : HandCheckedExportTests(provider)
{
    [Test]
    public void Screening_counts_each_person_once_in_the_village_of_their_first_screening_with_every_flag_they_had()
    {
        var desa = Export("export", "skrining", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "desa");
        var kabupaten = Export("export", "skrining", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "kabupaten");

        Assert.Multiple(() =>
        {
            Assert.That(desa[0], Is.EqualTo("kode_wilayah,nama_wilayah,diskrining,tekanan_darah_tinggi,gula_darah_tinggi,kolesterol_tinggi,terduga_tb,suspek_kusta,porsi_agregat"));
            Assert.That(desa, Does.Contain("33.29.01.2001,Banjaran,2,1,1,1,0,0,0.00"));
            Assert.That(desa, Does.Contain("33.29.01.2002,Bentar,1,0,0,0,1,0,0.00"));
            Assert.That(kabupaten, Is.EqualTo(new[] { desa[0], "33.29,KABUPATEN BREBES,3,1,1,1,1,0,0.00" }));
        });
    }
}
