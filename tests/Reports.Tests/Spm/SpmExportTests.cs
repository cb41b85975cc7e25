namespace Pws.Reports.Tests.Spm;

/// <summary>SPM per village and per area, from the hand-checked warehouse.</summary>
public sealed class SpmExportTests(string provider) : HandCheckedExportTests(provider)
{
    [Test]
    public void SPM_at_village_level_gives_sasaran_terlayani_capaian_and_kekurangan_year_to_date()
    {
        var lines = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "desa");

        Assert.That(lines[0], Is.EqualTo("kode_wilayah,nama_wilayah,kode_spm,sasaran,terlayani,capaian,kekurangan,porsi_agregat"));
        Assert.That(lines, Has.Count.EqualTo(1 + 297 * 12));
        Assert.That(lines, Does.Contain("33.29.01.2001,Banjaran,SPM01,10,2,20.00,8,0.00"));
        Assert.That(lines, Does.Contain("33.29.01.2002,Bentar,SPM01,5,6,120.00,0,0.00"));
        // W1 was served in June, after the period.
        Assert.That(lines, Does.Contain("33.29.02.2001,Bangbayang,SPM01,4,0,0.00,4,0.00"));
        Assert.That(lines, Does.Contain("33.29.01.2001,Banjaran,SPM07,3,1,33.33,2,0.00"));
        Assert.That(lines, Does.Contain("33.29.01.2001,Banjaran,SPM06,100,1,1.00,99,0.00"));
        // Served but without sasaran: capaian and kekurangan unknown.
        Assert.That(lines, Does.Contain("33.29.01.2002,Bentar,SPM06,,1,,,0.00"));
    }

    [Test]
    public void SPM_areas_sum_their_villages_and_kekurangan_sums_each_villages_gap()
    {
        var kecamatan = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "kecamatan");
        var puskesmas = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "puskesmas");
        var kabupaten = Export("export", "spm", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "kabupaten");

        Assert.Multiple(() =>
        {
            Assert.That(kecamatan, Does.Contain("33.29.01,Salem,SPM01,15,8,53.33,8,0.00"));
            Assert.That(puskesmas, Does.Contain("P1,Puskesmas Satu,SPM01,15,8,53.33,8,0.00"));
            Assert.That(puskesmas, Does.Contain("P2,Puskesmas Dua,SPM01,4,0,0.00,4,0.00"));
            Assert.That(kabupaten, Does.Contain("33.29,KABUPATEN BREBES,SPM01,19,8,42.11,12,0.00"));
            Assert.That(kabupaten, Has.Count.EqualTo(13));
        });
    }
}
