using Pws.Testing;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>A SIMPUS-style visit list (village names, dd-MM-yyyy dates, sex and services as words, no visit id) read
/// through a profile loads exactly the visits its contract twin loads.</summary>
public sealed class SimpusProfilTests
{
    private TestWarehouse warehouse = null!;

    [SetUp] public void Create() => warehouse = new TestWarehouse();
    [TearDown] public void Delete() => warehouse.Dispose();

    private const string Profile = """
        nama: simpus-kunjungan
        jenis: kunjungan
        berlaku:
          berkas: "simpus_*.csv"
        berkas:
          pemisah: ";"
        kolom:
          id_kunjungan: {id_dari: ["No. RM", "Tanggal Kunjungan", "Pelayanan"]}
          tanggal: {kolom: "Tanggal Kunjungan", format_tanggal: ["dd-MM-yyyy", "d MMMM yyyy"]}
          no_rm: "No. RM"
          jenis_kelamin: "Jenis Kelamin"
          tanggal_lahir: {kolom: "Tgl Lahir", format_tanggal: "dd-MM-yyyy"}
          kode_desa: {kolom: "Desa", pemetaan: desa}
          layanan:
            kolom: Pelayanan
            nilai: {"ANC K1": ANC_K1, "ANC K4": ANC_K4, "Poli Umum": "-"}
            pemetaan: layanan
        """;

    private InboxBuilder Masters() => warehouse.NewInbox()
        .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
        .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
        .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,10")
        .File("profil/simpus.yaml", Profile);

    [Test]
    public void A_simpus_list_loads_the_visits_its_contract_twin_loads_and_skips_what_the_profile_declares_no_pws_service()
    {
        Masters().File("P1/simpus_2025-03.csv",
            "No. RM;Nama Pasien;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa;Pelayanan",
            "RM-001;Siti;03-03-2025;Perempuan;05-05-1995;Desa Banjaran;ANC K1",
            "RM-002;Ani;4 Maret 2025;Perempuan;06-06-1996;BENTAR;ANC K4",
            "RM-003;Budi;05-03-2025;Laki-laki;07-07-1990;Banjaran;Poli Umum");

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(warehouse.Query<(string, string, string, string)>(
                    "SELECT id_kunjungan, CAST(tanggal AS VARCHAR), kode_desa, layanan FROM kunjungan ORDER BY 1"),
                Is.EqualTo(new[]
                {
                    ("RM-001|03-03-2025|ANC K1", "2025-03-03", "33.29.01.2001", "ANC_K1"),
                    ("RM-002|4 Maret 2025|ANC K4", "2025-03-04", "33.29.01.2002", "ANC_K4"),
                }));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
            Assert.That(summary.Sources.SelectMany(s => s.Notes), Has.Some.Contains("1 baris dilewati"));
        });
    }

    [Test]
    public void An_unknown_village_name_waits_in_karantina_and_loads_at_the_next_run_once_mapped()
    {
        Masters().File("P1/simpus_2025-03.csv",
            "No. RM;Nama Pasien;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa;Pelayanan",
            "RM-001;Siti;03-03-2025;P;05-05-1995;Dukuh Lama;ANC K1");

        warehouse.Import();
        var waiting = warehouse.Query<(string, string, string, string)>("SELECT kode_puskesmas, jenis, kolom, nilai FROM karantina_pemetaan");
        var reason = warehouse.Query<string>("SELECT alasan FROM karantina").Single();
        warehouse.Query<int>("INSERT INTO pemetaan VALUES ('desa', 'P1', 'dukuh lama', '33.29.01.2003', 'uji', now()) RETURNING 1");
        warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(waiting, Is.EqualTo(new[] { ("P1", "desa", "Desa", "dukuh lama") }));
            Assert.That(reason, Does.Contain("Desa 'Dukuh Lama' belum dipetakan"));
            Assert.That(warehouse.Query<string>("SELECT kode_desa FROM kunjungan"), Is.EqualTo(new[] { "33.29.01.2003" }));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM karantina_pemetaan").Single(), Is.Zero);
        });
    }

    [Test]
    public void A_bad_profile_stops_only_the_folder_it_was_meant_for_naming_the_key()
    {
        Masters()
            .File("profil/simpus.yaml", Profile.Replace("format_tanggal: [\"dd-MM-yyyy\", \"d MMMM yyyy\"]", "format_tanggal: [\"tanggal\"]"))
            .File("P1/simpus_2025-03.csv", "No. RM;Nama Pasien;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa;Pelayanan")
            .File("P2/kunjungan_2025-03.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-01", "P2", "3329014303040356", "33.29.01.2001"));

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Sources.Single(s => s.Source.KodePuskesmas == "P1").Error,
                Does.Contain("profil/simpus.yaml").And.Contain("kolom.tanggal.format_tanggal"));
            Assert.That(summary.Sources.Single(s => s.Source.KodePuskesmas == "P2").Error, Is.Null);
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(1));
        });
    }
    [Test]
    public void A_bad_date_is_quarantined_naming_the_source_column_not_the_contract_field()
    {
        Masters().File("P1/simpus_2025-03.csv",
            "No. RM;Nama Pasien;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa;Pelayanan",
            "RM-001;Siti;03-03-2025;P;31-02-1995;Banjaran;ANC K1");

        warehouse.Import();

        Assert.That(warehouse.Query<string>("SELECT alasan FROM karantina").Single(), Does.Contain("Tgl Lahir"));
    }

    [Test]
    public void A_source_code_read_only_through_the_crosswalk_is_never_taken_for_a_kemendagri_code()
    {
        Masters()
            .File("profil/simpus.yaml", Profile.Replace("kode_desa: {kolom: \"Desa\", pemetaan: desa}", "kode_desa: {kolom: \"Desa\", pemetaan: desa, hanya_pemetaan: true}"))
            .File("P1/simpus_2025-03.csv",
                "No. RM;Nama Pasien;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa;Pelayanan",
                "RM-001;Siti;03-03-2025;P;05-05-1995;33.29.01.2001;ANC K1");

        warehouse.Import();
        var waiting = warehouse.Query<string>("SELECT nilai FROM karantina_pemetaan").ToList();
        warehouse.Query<int>("INSERT INTO pemetaan VALUES ('desa', 'P1', '33.29.01.2001', '33.29.01.2002', 'uji', now()) RETURNING 1");
        warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(waiting, Is.EqualTo(new[] { "33.29.01.2001" }));
            Assert.That(warehouse.Query<string>("SELECT kode_desa FROM kunjungan"), Is.EqualTo(new[] { "33.29.01.2002" }));
        });
    }

    [Test]
    public void A_windows_1252_list_reads_its_words_as_written()
    {
        var cp1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        Masters()
            .File("profil/simpus.yaml", Profile
                .Replace("  pemisah: \";\"", "  pemisah: \";\"\n  pengodean: windows-1252")
                .Replace("\"ANC K1\": ANC_K1", "\"ANC K1 – Bumil\": ANC_K1"))
            .File("P1/simpus_2025-03.csv", cp1252,
                "No. RM;Nama Pasien;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa;Pelayanan",
                "RM-001;Siti Nurfaïzah;03-03-2025;P;05-05-1995;Banjaran;ANC K1 – Bumil");

        warehouse.Import();

        Assert.That(warehouse.Query<(string, string)>("SELECT kode_desa, layanan FROM kunjungan"), Is.EqualTo(new[] { ("33.29.01.2001", "ANC_K1") }),
            "the en dash is byte 0x96 in the file: read as UTF-8 the service word would match nothing");
    }

    [TestCase("\"Kunjungan Maret\"")]
    [TestCase("2")]
    public void An_xlsx_export_is_read_from_the_sheet_the_profile_names_by_tab_or_position(string lembar)
    {
        var workbook = new Inbox.TestWorkbook();
        workbook.Sheet("Petunjuk", Inbox.TestWorkbook.Row(1, workbook.Shared("A1", "Isi lembar berikutnya dari SIMPUS")))
            .Sheet("Kunjungan Maret",
                Inbox.TestWorkbook.Row(1, workbook.Shared("A1", "No. RM"), workbook.Shared("B1", "Nama Pasien"), workbook.Shared("C1", "Tanggal Kunjungan"),
                    workbook.Shared("D1", "Jenis Kelamin"), workbook.Shared("E1", "Tgl Lahir"), workbook.Shared("F1", "Desa"), workbook.Shared("G1", "Pelayanan")),
                Inbox.TestWorkbook.Row(2, workbook.Shared("A2", "RM-001"), workbook.Shared("B2", "Siti"), workbook.Shared("C2", "03-03-2025"),
                    workbook.Shared("D2", "P"), workbook.Shared("E2", "05-05-1995"), workbook.Shared("F2", "Bentar"), workbook.Shared("G2", "ANC K4")));
        Masters().File("profil/simpus.yaml", Profile
            .Replace("berkas: \"simpus_*.csv\"", "berkas: \"simpus_*.xlsx\"")
            .Replace("  pemisah: \";\"", $"  format: xlsx\n  lembar: {lembar}"));
        workbook.Save(Path.Combine(Directory.CreateDirectory(Path.Combine(warehouse.Inbox, "P1")).FullName, "simpus_2025-03.xlsx"));

        warehouse.Import();

        Assert.That(warehouse.Query<(string, string)>("SELECT kode_desa, layanan FROM kunjungan"), Is.EqualTo(new[] { ("33.29.01.2002", "ANC_K4") }));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
    }
}
