using Pws.Reports.Freshness;
using Pws.Reports.ImportRuns;
using Pws.Reports.KualitasData;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Reports.Tests.KualitasData;

public sealed class SumberPuskesmasTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    private static EtlRun Run(string puskesmas, string status, double hoursAgo) =>
        new() { KodePuskesmas = puskesmas, Status = status, Mulai = Now.AddHours(-hoursAgo - 1), Selesai = Now.AddHours(-hoursAgo) };

    [Test]
    public void One_failed_night_is_tolerated_and_a_day_and_a_half_without_a_successful_load_is_late()
    {
        var puskesmas = new[] { new PuskesmasInfo("P01", "Bumiayu", "33.29.01"), new PuskesmasInfo("P02", "Adisana", "33.29.01") };
        var runs = new[] { Run("P01", "GAGAL", 2), Run("P01", "BERHASIL", 35), Run("P02", "BERHASIL", 37) };

        var sources = SumberPuskesmas.Of(puskesmas, runs, Now);

        Assert.That(sources.Select(s => (s.Kode, s.Peringatan)), Is.EqualTo(new[]
        {
            ("P02", "Terlambat: lebih dari 36 jam tanpa impor berhasil"),
            ("P01", (string?)null),
        }));
        Assert.That(sources[1].Terakhir!.Status, Is.EqualTo("GAGAL"));
        Assert.That(sources[1].TerakhirBerhasil!.Status, Is.EqualTo("BERHASIL"));
    }

    [Test]
    public void A_puskesmas_that_never_loaded_is_named_first()
    {
        var puskesmas = new[] { new PuskesmasInfo("P01", "Adisana", "33.29.01"), new PuskesmasInfo("P02", "Sirampog", "33.29.02") };

        var sources = SumberPuskesmas.Of(puskesmas, [Run("P01", "BERHASIL", 1), Run("P02", "GAGAL", 1)], Now);

        Assert.That(sources[0].Kode, Is.EqualTo("P02"));
        Assert.That(sources[0].Peringatan, Is.EqualTo("Belum pernah berhasil diimpor"));
        Assert.That(sources[0].TerakhirBerhasil, Is.Null);
    }

    [Test]
    public void A_second_import_of_the_same_files_reads_as_unchanged_not_as_nothing_loaded()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001")
            .File("P1/kunjungan_2025-02.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("K-1", "2025-02-10", "P1", "3329010101900001", "33.29.01.2001"));
        warehouse.Import();
        var first = new RunHistoryQuery(warehouse.Dialect, new DataVersion(warehouse.Dialect)).Recent().First(r => r.KodePuskesmas == "P1");

        warehouse.Import();
        var second = new RunHistoryQuery(warehouse.Dialect, new DataVersion(warehouse.Dialect)).Recent().First(r => r.KodePuskesmas == "P1");

        Assert.That((first.TidakBerubah, second.TidakBerubah, second.Berkas), Is.EqualTo((false, true, 0)));
    }
}
