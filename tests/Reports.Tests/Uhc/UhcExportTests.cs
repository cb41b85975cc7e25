namespace Pws.Reports.Tests.Uhc;

/// <summary>UHC per village, from the hand-checked warehouse.</summary>
public sealed class UhcExportTests(string provider) : HandCheckedExportTests(provider)
{
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
}
