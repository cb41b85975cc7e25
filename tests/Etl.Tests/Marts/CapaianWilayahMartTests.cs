using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Spm;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Etl.Tests.Marts;

/// <summary>SPM per area is read from the village mart summed per area (mart_capaian_wilayah), built with the other marts:
/// the sums are those of the villages, and a puskesmas's sums follow its wilayah kerja when the master file changes it,
/// though no visit changed. SPM01 (K6, sasaran ibu hamil), 2025 to March: 33.29.01.2001 sasaran 10 served 2,
/// 33.29.01.2002 sasaran 5 served 6, 33.29.02.2001 without sasaran served 1.</summary>
public sealed class CapaianWilayahMartTests
{
    private static InboxBuilder Inbox(TestWarehouse warehouse, params string[] wilayahKerja)
    {
        static string K6(string id, int person, string desa) =>
            InboxBuilder.Visit(id, "2025-02-10", "P1", $"33{person:D14}", desa, layanan: "ANC_K6");
        return warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Salem,33.29.01", "P2,Puskesmas Bantarkawung,33.29.02")
            .File("master/wilayah_kerja.csv", ["kode_puskesmas,kode_desa", .. wilayahKerja])
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,10", "2025,33.29.01.2002,IBU_HAMIL,5")
            .File("P1/kunjungan_2025.csv", [InboxBuilder.KunjunganHeader,
                .. Enumerable.Range(1, 2).Select(i => K6($"A{i}", i, "33.29.01.2001")),
                .. Enumerable.Range(3, 6).Select(i => K6($"B{i}", i, "33.29.01.2002")),
                K6("C1", 20, "33.29.02.2001")]);
    }

    private static SpmRow Spm01(TestWarehouse warehouse, Tingkat tingkat, string kode)
    {
        using var services = warehouse.Services();
        return services.GetRequiredService<SpmQuery>().Run(2025, 3, tingkat).Single(r => r.KodeWilayah == kode && r.KodeSpm == "SPM01");
    }

    [Test]
    public void An_area_sums_its_villages_sasaran_where_known_everyone_served_and_each_village_s_gap()
    {
        using var warehouse = new TestWarehouse();
        Inbox(warehouse, "P1,33.29.01.2001", "P1,33.29.01.2002", "P2,33.29.02.2001");
        warehouse.Import();

        var kecamatan = Spm01(warehouse, Tingkat.Kecamatan, "33.29.01");
        var kabupaten = Spm01(warehouse, Tingkat.Kabupaten, "33.29");
        var p2 = Spm01(warehouse, Tingkat.Puskesmas, "P2");

        Assert.Multiple(() =>
        {
            Assert.That((kecamatan.Sasaran, kecamatan.Terlayani, kecamatan.Kekurangan), Is.EqualTo(((int?)15, 8, (int?)8)),
                "10 - 2 = 8 still to serve in 2001; 2002's surplus of 1 serves nobody of 2001");
            Assert.That(kecamatan.Capaian, Is.EqualTo(8 * 100.0 / 15));
            Assert.That((kabupaten.Sasaran, kabupaten.Terlayani, kabupaten.Kekurangan), Is.EqualTo(((int?)15, 9, (int?)8)),
                "the person of 33.29.02.2001 counts as served; its village has no sasaran");
            Assert.That((p2.Sasaran, p2.Terlayani, p2.Kekurangan, p2.Capaian), Is.EqualTo(((int?)null, 1, (int?)null, (double?)null)));
        });
    }

    /// <summary>Read by one running dashboard before and after the import, as a user sees it: per area the figures are
    /// kept between runs.</summary>
    [Test]
    public void A_puskesmas_s_figures_follow_a_changed_wilayah_kerja_on_the_next_import()
    {
        using var warehouse = new TestWarehouse();
        Inbox(warehouse, "P1,33.29.01.2001", "P1,33.29.01.2002", "P2,33.29.02.2001");
        warehouse.Import();
        using var services = warehouse.Services();
        var spm = services.GetRequiredService<SpmQuery>();
        SpmRow Puskesmas(string kode) => spm.Run(2025, 3, Tingkat.Puskesmas).Single(r => r.KodeWilayah == kode && r.KodeSpm == "SPM01");
        var before = Puskesmas("P2");

        // 33.29.01.2002 moves to P2: only the master file changes.
        Inbox(warehouse, "P1,33.29.01.2001", "P2,33.29.01.2002", "P2,33.29.02.2001");
        warehouse.Import();
        var p1 = Puskesmas("P1");
        var p2 = Puskesmas("P2");

        Assert.Multiple(() =>
        {
            Assert.That(before.Terlayani, Is.EqualTo(1));
            Assert.That((p1.Sasaran, p1.Terlayani, p1.Kekurangan), Is.EqualTo(((int?)10, 2, (int?)8)));
            Assert.That((p2.Sasaran, p2.Terlayani, p2.Kekurangan), Is.EqualTo(((int?)5, 7, (int?)0)));
        });
    }
}
