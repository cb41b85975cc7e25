using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Ringkasan;
using Pws.Reports.Definitions;
using Pws.Testing;
using static Pws.Testing.InboxBuilder;

namespace Pws.Reports.Tests.Kaskade;

/// <summary>The ringkasan's cascade line, read by a dashboard that keeps each period's counts between imports.</summary>
public sealed class KaskadeRingkasanTests
{
    private const string Banjaran = "33.29.01.2001";
    private const string Nik = "3329010101800097";

    /// <summary>A K1 visit in March, so that the summary has a month to open on.</summary>
    private static readonly string Hamil = Visit("V0", "2026-03-05", "P1", "3329014501950001", Banjaran);

    [Test]
    public void The_ringkasan_counts_a_follow_up_imported_after_it_was_first_read()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", $"P1,{Banjaran}")
            .File("P1/skrining_2026.csv",
                SkriningHeader,
                $"S1,2026-03-01,P1,{Nik},,P,1970-01-01,{Banjaran},150,95,,,,,,")
            .File("P1/kunjungan_2026.csv", KunjunganHeader, Hamil);
        warehouse.Import();
        using var services = warehouse.Services();
        var ringkasan = services.GetRequiredService<RingkasanQuery>();

        var before = ringkasan.Read(AreaScope.WholeOf("33.29")).Kaskade;
        warehouse.NewInbox().File("P1/kunjungan_2026.csv", KunjunganHeader, Hamil,
            Visit("V1", "2026-03-20", "P1", Nik, Banjaran, layanan: "PELAYANAN_HIPERTENSI"));
        warehouse.Import();
        var after = ringkasan.Read(AreaScope.WholeOf("33.29")).Kaskade;

        Assert.Multiple(() =>
        {
            Assert.That((before.Diskrining, before.TensiTinggi, before.TensiDitindaklanjuti), Is.EqualTo((1L, 1L, 0L)));
            Assert.That((after.Diskrining, after.TensiTinggi, after.TensiDitindaklanjuti), Is.EqualTo((1L, 1L, 1L)), "treated 19 days later");
        });
    }
}
