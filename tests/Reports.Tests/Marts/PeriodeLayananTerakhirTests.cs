using Pws.Reports.Definitions;
using Pws.Reports.Freshness;
using Pws.Reports.Marts;
using Pws.Testing;

namespace Pws.Reports.Tests.Marts;

/// <summary>Pages open on the latest complete month with data, not on a month three days old.</summary>
public sealed class PeriodeLayananTerakhirTests
{
    private TestWarehouse warehouse = null!;

    [OneTimeSetUp]
    public void ImportFebruaryAndTheFirstDaysOfMarch()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001")
            .File("P1/kunjungan_2025-02.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("K-1", "2025-02-10", "P1", "3329010101900001", "33.29.01.2001"))
            .File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("K-2", "2025-03-02", "P1", "3329010101900002", "33.29.01.2001"));
        warehouse.Import();
    }

    [OneTimeTearDown]
    public void Delete() => warehouse.Dispose();

    private sealed class Clock(string wib) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.Parse(wib + "+07:00").ToUniversalTime();
    }

    [Test]
    public void Three_days_into_march_the_pages_open_on_february_and_offer_march_as_running()
    {
        var bulan = new PeriodeLayananTerakhir(warehouse.Dialect, new Clock("2025-03-03T08:00:00"), new DataVersion(warehouse.Dialect));

        Assert.Multiple(() =>
        {
            Assert.That(bulan.Read(), Is.EqualTo(new Periode(2025, 2)));
            Assert.That(bulan.Terakhir(), Is.EqualTo(new Periode(2025, 3)));
            Assert.That(new Periode(2025, 3).NamaPilihan(bulan.Berjalan), Is.EqualTo("Maret 2025 (berjalan, belum lengkap)"));
            Assert.That(new Periode(2025, 2).NamaPilihan(bulan.Berjalan), Is.EqualTo("Februari 2025"));
        });
    }

    [Test]
    public void Once_march_has_ended_the_pages_open_on_march()
    {
        // 1 April 00:30 WIB is still 31 March in UTC: the month turns in WIB.
        var bulan = new PeriodeLayananTerakhir(warehouse.Dialect, new Clock("2025-04-01T00:30:00"), new DataVersion(warehouse.Dialect));

        Assert.That(bulan.Read(), Is.EqualTo(new Periode(2025, 3)));
    }

    [Test]
    public void With_data_only_in_the_running_month_the_pages_open_on_it_and_never_on_a_month_ahead_of_the_clock()
    {
        var bulan = new PeriodeLayananTerakhir(warehouse.Dialect, new Clock("2025-02-20T12:00:00"), new DataVersion(warehouse.Dialect));

        Assert.That((bulan.Read(), bulan.Terakhir()), Is.EqualTo((new Periode(2025, 2), new Periode(2025, 2))));
    }

    [Test]
    public void The_month_kept_between_requests_moves_with_the_next_import()
    {
        using var own = new TestWarehouse();
        own.NewInbox()
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001")
            .File("P1/kunjungan_2025-02.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("K-1", "2025-02-10", "P1", "3329010101900001", "33.29.01.2001"));
        own.Import();
        var bulan = new PeriodeLayananTerakhir(own.Dialect, new Clock("2025-06-03T08:00:00"), new DataVersion(own.Dialect));
        var before = bulan.Read();

        own.NewInbox().File("P1/kunjungan_2025-04.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-2", "2025-04-02", "P1", "3329010101900002", "33.29.01.2001"));
        own.Import();

        Assert.That((before, bulan.Read()), Is.EqualTo((new Periode(2025, 2), new Periode(2025, 4))));
    }
}
