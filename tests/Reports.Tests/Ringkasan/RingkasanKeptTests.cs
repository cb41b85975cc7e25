using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Ringkasan;
using Pws.Testing;
using static Pws.Testing.InboxBuilder;

namespace Pws.Reports.Tests.Ringkasan;

/// <summary>The dashboard keeps an area's summary until the data changes: never a figure older than the marts, never
/// one area's figures for another.</summary>
public sealed class RingkasanKeptTests
{
    private const string Banjaran = "33.29.01.2001";
    private const string Bentar = "33.29.01.2002";

    private TestWarehouse warehouse = null!;

    [SetUp]
    public void ImportTwoPuskesmas()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", $"P1,{Banjaran}", $"P2,{Bentar}")
            .File("master/sasaran_2026.csv", "tahun,kode_desa,jenis_sasaran,jumlah", $"2026,{Banjaran},IBU_HAMIL,10", $"2026,{Bentar},IBU_HAMIL,20")
            .File("P1/kunjungan_2026.csv", KunjunganHeader,
                Visit("V1", "2026-03-05", "P1", "3329014501950001", Banjaran), Visit("V2", "2026-03-06", "P1", "3329014501950002", Banjaran))
            .File("P2/kunjungan_2026.csv", KunjunganHeader, Visit("W1", "2026-03-07", "P2", "3329014501950003", Bentar));
        warehouse.Import();
    }

    [TearDown]
    public void Delete() => warehouse.Dispose();

    [Test]
    public void A_summary_read_while_the_marts_wait_for_their_rebuild_is_read_again_once_they_are_built()
    {
        using var services = warehouse.Services();
        var ringkasan = services.GetRequiredService<RingkasanQuery>();
        var whole = AreaScope.WholeOf("33.29");
        var imported = ringkasan.Read(whole).CakupanK1;

        // A run has committed its visits and the rebuild of its marts is under way: what is read now may be old.
        Change("INSERT INTO mart_tertunda (tahun) VALUES (2026)");
        Change(ThreeMoreInBentar);
        var whileRebuilding = ringkasan.Read(whole).CakupanK1;
        Change(ThreeMoreInBentar);
        Change("DELETE FROM mart_tertunda");
        var rebuilt = ringkasan.Read(whole).CakupanK1;

        Assert.That((imported, whileRebuilding, rebuilt), Is.EqualTo((10.0, 20.0, 30.0)), "3 of 30 people, then 6, then 9");
    }

    private const string ThreeMoreInBentar = "UPDATE mart_capaian SET kumulatif = kumulatif + 3 WHERE kode_indikator = 'K1' AND kode_desa = $desa";

    private void Change(string sql)
    {
        using var connection = warehouse.Dialect.Open();
        connection.Execute(sql, new { desa = Bentar });
    }

    [Test]
    public void Each_puskesmas_reads_its_own_summary_however_often_the_other_reads()
    {
        using var services = warehouse.Services();
        var ringkasan = services.GetRequiredService<RingkasanQuery>();
        var satu = AreaScope.Puskesmas("P1", [Banjaran]);
        var dua = AreaScope.Puskesmas("P2", [Bentar]);

        var first = (ringkasan.Read(satu), ringkasan.Read(dua));
        var again = (ringkasan.Read(dua), ringkasan.Read(satu));

        Assert.Multiple(() =>
        {
            Assert.That((first.Item1.NamaWilayah, first.Item1.CakupanK1), Is.EqualTo(("Puskesmas Satu", 20.0)), "2 of 10");
            Assert.That((first.Item2.NamaWilayah, first.Item2.CakupanK1), Is.EqualTo(("Puskesmas Dua", 5.0)), "1 of 20");
            Assert.That((again.Item1.NamaWilayah, again.Item1.CakupanK1), Is.EqualTo(("Puskesmas Dua", 5.0)));
            Assert.That((again.Item2.NamaWilayah, again.Item2.CakupanK1), Is.EqualTo(("Puskesmas Satu", 20.0)));
        });
    }
}
