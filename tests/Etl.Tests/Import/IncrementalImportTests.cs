using Pws.Testing;

namespace Pws.Etl.Tests.Import;

/// <summary>A nightly import reads what changed since the last one, and gives the figures a full re-read would.</summary>
public sealed class IncrementalImportTests
{
    private TestWarehouse warehouse = null!;

    [SetUp] public void Create() => warehouse = new TestWarehouse();
    [TearDown] public void Delete() => warehouse.Dispose();

    private InboxBuilder Inbox() => warehouse.NewInbox()
        .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
        .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
        .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,10")
        .File("P1/kunjungan_2025-01.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-0", "2025-01-05", "P1", "3329010101900000", "33.29.01.2001"))
        .File("P1/kunjungan_2025-02.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-02-05", "P1", "3329010101900001", "33.29.01.2001"))
        .File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-05", "P1", "3329010101900001", "33.29.01.2002"));

    private List<string> Visits() =>
        warehouse.Query<string>("SELECT id_kunjungan || ' ' || kode_desa || ' ' || sumber FROM kunjungan ORDER BY id_kunjungan");

    [Test]
    public void An_unchanged_inbox_is_not_read_again_and_changes_no_figure()
    {
        Inbox();
        warehouse.Import();
        var visits = Visits();

        var again = warehouse.Import();

        Assert.That((again.Files, again.RowsRead, again.Sources.Sum(s => s.FilesUnchanged)), Is.EqualTo((0, 0L, 6)));
        Assert.That(again.YearsRebuilt, Is.Empty, "nothing changed, no mart to rebuild");
        Assert.That(again.ToString(), Does.Contain("6 berkas tidak berubah"));
        Assert.That(Visits(), Is.EqualTo(visits));
    }

    [Test]
    public void A_changed_file_is_read_again_with_every_later_file_of_its_kind_and_the_later_file_still_wins()
    {
        Inbox();
        warehouse.Import();

        warehouse.NewInbox().File("P1/kunjungan_2025-02.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2025-02-05", "P1", "3329010101900001", "33.29.01.2001"),
            InboxBuilder.Visit("K-2", "2025-02-06", "P1", "3329010101900002", "33.29.01.2001"));
        var again = warehouse.Import();

        var folder = again.Sources.Single(s => s.Source.KodePuskesmas == "P1");
        Assert.That((folder.Files, folder.FilesUnchanged), Is.EqualTo((2, 1)), "February and the later March are read, January is not");
        Assert.That(Visits(), Is.EqualTo(new[]
        {
            "K-0 33.29.01.2001 P1/kunjungan_2025-01.csv",
            "K-1 33.29.01.2002 P1/kunjungan_2025-03.csv",
            "K-2 33.29.01.2001 P1/kunjungan_2025-02.csv",
        }));
    }

    [Test]
    public void A_file_sent_again_under_a_later_name_is_the_only_one_read_and_changes_no_figure()
    {
        Inbox();
        warehouse.Import();
        var visits = Visits().Select(v => v.Split(' ')[0] + " " + v.Split(' ')[1]).ToList();
        var mart = warehouse.Query<long>("SELECT CAST(sum(kumulatif) AS BIGINT) FROM mart_capaian WHERE kode_indikator = 'K1'").Single();
        File.Copy(Path.Combine(warehouse.Inbox, "P1", "kunjungan_2025-03.csv"), Path.Combine(warehouse.Inbox, "P1", "kunjungan_2025-03b.csv"));

        var again = warehouse.Import();

        Assert.That(again.Sources.Single(s => s.Source.KodePuskesmas == "P1").Files, Is.EqualTo(1));
        Assert.That(Visits().Select(v => v.Split(' ')[0] + " " + v.Split(' ')[1]), Is.EqualTo(visits));
        Assert.That(warehouse.Query<long>("SELECT CAST(sum(kumulatif) AS BIGINT) FROM mart_capaian WHERE kode_indikator = 'K1'").Single(), Is.EqualTo(mart));
    }

    [Test]
    public void A_file_with_rows_in_quarantine_is_read_again_the_next_day_and_its_quarantine_stays_exact()
    {
        Inbox().File("P1/kunjungan_2025-04.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-9", "2025-04-01", "P1", "123", "33.29.01.2001"));
        warehouse.Import();

        var sameDay = warehouse.Import();
        using (var connection = warehouse.Dialect.Open())
            Dapper.SqlMapper.Execute(connection, "UPDATE berkas_dimuat SET sidik = regexp_replace(sidik, ':[0-9-]+$', ':2000-01-01') WHERE sumber LIKE '%2025-04%'");
        var nextDay = warehouse.Import();

        Assert.That(sameDay.Sources.Single(s => s.Source.KodePuskesmas == "P1").Files, Is.Zero, "the same day, nothing changed");
        Assert.That(nextDay.Sources.Single(s => s.Source.KodePuskesmas == "P1").Files, Is.EqualTo(1), "the next day its verdicts are checked again");
        Assert.That(warehouse.Query<string>("SELECT sumber || ' ' || baris FROM karantina"), Is.EqualTo(new[] { "P1/kunjungan_2025-04.csv 2" }));
    }

    [Test]
    public void A_changed_master_file_is_read_again_and_its_figures_replace_the_old_ones()
    {
        Inbox();
        warehouse.Import();

        warehouse.NewInbox().File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,20");
        var again = warehouse.Import();

        Assert.That(again.Sources.Single(s => s.Source.Jenis == "MASTER").Files, Is.EqualTo(1));
        Assert.That(again.YearsRebuilt, Is.EqualTo(new[] { 2025 }));
        Assert.That(warehouse.Query<long>("SELECT jumlah FROM sasaran").Single(), Is.EqualTo(20));
    }
}
