using System.Text;
using Pws.Testing;
using Workbook = Pws.Etl.Tests.Inbox.TestWorkbook;

namespace Pws.Etl.Tests.Import;

public sealed class ImporterTests
{
    private const string Nik = "3329014303040356";
    private TestWarehouse warehouse = null!;

    [SetUp] public void Create() => warehouse = new TestWarehouse();
    [TearDown] public void Delete() => warehouse.Dispose();

    private InboxBuilder Masters() => warehouse.NewInbox()
        .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.02")
        .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P2,33.29.02.2001")
        .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,10");

    private sealed record KarantinaRow(string Sumber, int? Baris, string? Kolom, string Alasan, string? Isi);

    private List<KarantinaRow> Karantina() =>
        warehouse.Query<KarantinaRow>("SELECT sumber AS Sumber, baris AS Baris, kolom AS Kolom, alasan AS Alasan, isi AS Isi FROM karantina ORDER BY sumber, baris");

    [Test]
    public void Bad_rows_go_to_quarantine_with_file_line_column_and_reason_and_the_good_rows_still_load()
    {
        Masters().File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2001"),
            InboxBuilder.Visit("K-2", "2025-03-02", "P1", "332901430304035", "33.29.01.2001"),
            InboxBuilder.Visit("K-3", "2025-03-03", "P1", "3329014303040357", "33.29.01.2001", layanan: "ANC_K9"),
            InboxBuilder.Visit("K-4", "2025-03-04", "P1", "3329014303040358", "33.29.01.2001"));

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            // 5 master rows and 4 visits read: every row is either loaded or quarantined.
            Assert.That((summary.RowsRead, summary.RowsLoaded, summary.RowsQuarantined), Is.EqualTo((9L, 7L, 2L)));
            Assert.That(Karantina().Select(k => (k.Sumber, k.Baris, k.Kolom)), Is.EqualTo(new[]
            {
                ("P1/kunjungan_2025-03.csv", (int?)3, (string?)"nik"),
                ("P1/kunjungan_2025-03.csv", (int?)4, (string?)"layanan"),
            }));
            Assert.That(Karantina()[0].Alasan, Does.Contain("16 digit"));
            Assert.That(warehouse.Query<string>("SELECT id_kunjungan FROM kunjungan ORDER BY 1"), Is.EqualTo(new[] { "K-1", "K-4" }));
        });
    }

    [Test]
    public void Files_that_cannot_be_read_are_quarantined_whole_and_the_rest_loads()
    {
        Masters()
            .Bytes("P1/kunjungan_kosong.csv", [])
            .File("P1/kunjungan_salah.csv", "nomor,tgl,desa", "1,2025-03-01,33.29.01.2001")
            .File("P1/kunjungan_baik.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2001"));

        warehouse.Import();

        Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(1));
        Assert.That(Karantina().Select(k => (k.Sumber, k.Baris)), Is.EqualTo(new[]
        {
            ("P1/kunjungan_kosong.csv", (int?)null),
            ("P1/kunjungan_salah.csv", (int?)null),
        }));
        Assert.That(Karantina()[0].Alasan, Does.Contain("kosong"));
        Assert.That(Karantina()[1].Alasan, Does.Contain("id_kunjungan"));
    }

    [Test]
    public void Importing_the_same_inbox_twice_changes_no_figure_and_no_quarantine_entry()
    {
        Masters().File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2001"),
            InboxBuilder.Visit("K-2", "2025-03-02", "P1", "123", "33.29.01.2001"));
        const string figures = "SELECT kode_desa || ':' || bulan || ':' || bulan_ini || ':' || kumulatif FROM mart_capaian " +
                               "WHERE kode_indikator = 'K1' AND kumulatif > 0 ORDER BY kode_desa, bulan";

        warehouse.Import();
        var before = (warehouse.Query<string>(figures), warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Karantina().Count);
        warehouse.Import();
        var after = (warehouse.Query<string>(figures), warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Karantina().Count);

        Assert.That(after, Is.EqualTo(before));
        Assert.That(before.Item1, Is.EqualTo(new[] { "33.29.01.2001:3:1:1", "33.29.01.2001:4:0:1", "33.29.01.2001:5:0:1",
            "33.29.01.2001:6:0:1", "33.29.01.2001:7:0:1", "33.29.01.2001:8:0:1", "33.29.01.2001:9:0:1", "33.29.01.2001:10:0:1",
            "33.29.01.2001:11:0:1", "33.29.01.2001:12:0:1" }));
    }

    [Test]
    public void A_key_sent_again_in_a_later_file_replaces_the_earlier_row()
    {
        Masters()
            .File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2001"))
            .File("P1/kunjungan_2025-03_koreksi.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2002"));

        warehouse.Import();

        Assert.That(warehouse.Query<string>("SELECT kode_desa FROM kunjungan"), Is.EqualTo(new[] { "33.29.01.2002" }));
    }

    [Test]
    public void A_later_run_replaces_a_files_quarantine_entries_once_the_file_is_fixed()
    {
        Masters().File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-01", "P1", "123", "33.29.01.2001"));
        warehouse.Import();
        Assert.That(Karantina(), Has.Count.EqualTo(1));

        warehouse.NewInbox().File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2001"));
        warehouse.Import();

        Assert.That(Karantina(), Is.Empty);
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(1));
    }

    [Test]
    public void The_NIK_never_reaches_the_warehouse_in_clear_text_and_one_NIK_is_one_person_across_puskesmas()
    {
        Masters()
            .File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2001"),
                InboxBuilder.Visit("K-2", "2025-03-01", "P1", Nik, "33.29.01.2001", layanan: "ANC_K9"))
            .File("P2/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-09", "P2", Nik, "33.29.01.2001"));

        warehouse.Import();

        var persons = warehouse.Query<string>("SELECT DISTINCT id_orang FROM kunjungan");
        var everyText = warehouse.Query<string>(
            "SELECT concat_ws('|', kode_puskesmas, id_kunjungan, id_orang, kode_desa, layanan, sumber) FROM kunjungan " +
            "UNION ALL SELECT concat_ws('|', sumber, kolom, alasan, isi) FROM karantina");
        Assert.Multiple(() =>
        {
            Assert.That(persons, Has.Count.EqualTo(1));
            Assert.That(everyText, Has.None.Contains(Nik));
            Assert.That(Karantina().Single().Isi, Does.Contain("************0356"));
        });
    }

    [Test, Platform("Linux")]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void The_pseudonym_key_is_created_once_and_readable_only_by_its_owner()
    {
        Masters();
        warehouse.Import();
        var key = File.ReadAllText(warehouse.Settings.KeyFile);
        warehouse.Import();

        Assert.That(File.ReadAllText(warehouse.Settings.KeyFile), Is.EqualTo(key));
        Assert.That(File.GetUnixFileMode(warehouse.Settings.KeyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Each_source_is_recorded_as_its_own_run_with_its_counts()
    {
        Masters().File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2001"), InboxBuilder.Visit("K-2", "2025-03-01", "P1", "1", "33.29.01.2001"));

        warehouse.Import();

        Assert.That(warehouse.Query<string>(
                "SELECT concat_ws(',', jenis_sumber, coalesce(kode_puskesmas, '-'), status, berkas, baris_dibaca, baris_dimuat, baris_dikarantina) " +
                "FROM etl_run ORDER BY id_run"),
            Is.EqualTo(new[] { "MASTER,-,BERHASIL,3,5,5,0", "FOLDER,P1,BERHASIL,1,2,1,1" }));
    }

    [Test]
    public void Semicolon_files_with_BOM_and_local_dates_load_like_any_other()
    {
        Masters().File("P1/kunjungan_2025-03.csv", new UTF8Encoding(true),
            "ID_KUNJUNGAN ; TANGGAL ; KODE_PUSKESMAS ; NIK ; NO_RM ; KODE_DESA ; LAYANAN",
            $"K-1;1/3/2025;P1;{Nik};;3329012001;ANC_K1");

        warehouse.Import();

        Assert.That(warehouse.Query<string>("SELECT strftime(tanggal, '%Y-%m-%d') || ' ' || kode_desa FROM kunjungan"),
            Is.EqualTo(new[] { "2025-03-01 33.29.01.2001" }));
    }

    [Test]
    public void A_NIK_in_an_XLSX_number_cell_is_quarantined_asking_for_a_text_column_and_a_NIK_typed_as_text_loads()
    {
        Masters();
        var workbook = new Workbook();
        string[] header = ["id_kunjungan", "tanggal", "kode_puskesmas", "nik", "kode_desa", "layanan"];
        workbook.Sheet("Kunjungan",
            Workbook.Row(1, header.Select((h, i) => Workbook.Inline($"{(char)('A' + i)}1", h)).ToArray()),
            Workbook.Row(2,
                Workbook.Inline("A2", "K-1"), Workbook.Inline("B2", "2025-03-01"),
                Workbook.Inline("C2", "P1"), Workbook.Value("D2", "3.32901430304035E+15"),
                Workbook.Inline("E2", "33.29.01.2001"), Workbook.Inline("F2", "ANC_K1")),
            Workbook.Row(3,
                Workbook.Inline("A3", "K-2"), Workbook.Inline("B3", "2025-03-02"),
                Workbook.Inline("C3", "P1"), Workbook.Inline("D3", Nik),
                Workbook.Inline("E3", "33.29.01.2001"), Workbook.Inline("F3", "ANC_K1")));
        Directory.CreateDirectory(Path.Combine(warehouse.Inbox, "P1"));
        workbook.Save(Path.Combine(warehouse.Inbox, "P1", "kunjungan_2025-03.xlsx"));

        warehouse.Import();

        var entry = Karantina().Single();
        Assert.Multiple(() =>
        {
            Assert.That((entry.Sumber, entry.Baris, entry.Kolom), Is.EqualTo(("P1/kunjungan_2025-03.xlsx", (int?)2, (string?)"nik")));
            Assert.That(entry.Alasan, Does.Contain("angka di Excel").And.Contain("format kolom nik sebagai Teks"));
            Assert.That(entry.Isi, Does.Not.Contain("3329014303040350"));
            Assert.That(warehouse.Query<string>("SELECT id_kunjungan FROM kunjungan"), Is.EqualTo(new[] { "K-2" }));
        });
    }

    [Test]
    public void A_NIK_of_the_wrong_length_is_hidden_in_the_quarantine_and_the_rows_dates_stay_readable()
    {
        Masters().File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2025-03-01", "P1", "3329 0143 0304 035", "33.29.01.2001", tanggalLahir: "1990-05-24"));

        warehouse.Import();

        Assert.That(Karantina().Single().Isi, Is.EqualTo("K-1,2025-03-01,P1,***********4035,,P,1990-05-24,33.29.01.2001,ANC_K1,DALAM_GEDUNG"));
    }

    [Test]
    public void An_unknown_column_is_listed_once_with_its_number_of_files_and_at_most_three_names()
    {
        var inbox = Masters();
        for (var i = 1; i <= 5; i++)
            inbox.File($"P1/kunjungan_2025-0{i}.csv", InboxBuilder.KunjunganHeader + ",catatan",
                InboxBuilder.Visit($"K-{i}", $"2025-0{i}-01", "P1", Nik, "33.29.01.2001") + ",-");

        var text = warehouse.Import().ToString();

        Assert.That(text, Does.Contain(
            "kolom tidak dikenal 'catatan' diabaikan di 5 berkas: P1/kunjungan_2025-01.csv, P1/kunjungan_2025-02.csv, " +
            "P1/kunjungan_2025-03.csv dan 2 lainnya"));
        Assert.That(text, Does.Not.Contain("kunjungan_2025-04.csv"));
    }

    [Test]
    public async Task Two_imports_started_at_once_run_one_after_the_other_and_count_once()
    {
        Masters().File("P1/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2025-03-01", "P1", Nik, "33.29.01.2001"),
            InboxBuilder.Visit("K-2", "2025-03-02", "P1", "3329014303040357", "33.29.01.2001"));

        var runs = await Task.WhenAll(Task.Run(() => warehouse.Import()), Task.Run(() => warehouse.Import()));

        Assert.That(runs.Select(r => r.Failed.Count()), Is.EqualTo(new[] { 0, 0 }));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(2));
        Assert.That(warehouse.Query<long>("SELECT kumulatif FROM mart_capaian WHERE kode_indikator = 'K1' AND kode_desa = '33.29.01.2001' AND tahun = 2025 AND bulan = 3").Single(),
            Is.EqualTo(2));
    }
}
