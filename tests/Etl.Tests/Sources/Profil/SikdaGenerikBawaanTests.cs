using System.IO.Compression;
using System.Text;
using Pws.Testing;
using static Pws.Etl.Tests.Sources.Profil.ContractTwin;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped sikda-generik profile reads a SIKDA Generik export (a ZIP of headerless MySQL table dumps, as
/// its Export Data menu writes them) into the same figures as the same ANC visits written as contract files. SIKDA's
/// own village codes (2-2-3-3) reach the warehouse only through the Dinkes crosswalk.</summary>
public sealed class SikdaGenerikBawaanTests
{
    private const string Ani = "3329014101950001", Budi = "3329014202960002", Citra = "3329014303970003";
    private const string KunjunganHeader = InboxBuilder.KunjunganHeader;

    private ContractTwin twin = null!;

    [SetUp]
    public void Create()
    {
        twin = new ContractTwin("sikda-generik.yaml");
        twin.Crosswalk("desa", "3329010001", Banjaran);
        twin.Crosswalk("desa", "3329010002", Bentar);
    }

    [TearDown] public void Delete() => twin.Dispose();

    /// <summary>A row of SELECT * INTO OUTFILE ... FIELDS TERMINATED BY ',' ENCLOSED BY '"' with MySQL's default ESCAPED BY
    /// '\\': null is \N, unquoted, and a quote or backslash inside a value gets a backslash before it.</summary>
    private static string Dump(params string?[] values) =>
        string.Join(',', values.Select(v => v is null ? @"\N" : $"\"{v.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\""));

    /// <summary>A pasien row in the table's own column order, with the columns PWS does not read filled as SIKDA does.</summary>
    private static string Pasien(string kdPasien, string nama, string? nik, string tglLahir, string sex, string kdKelurahan) =>
        Dump("P1", "2024-11-02", nama, "-", kdPasien, "-", "-", nik, "Brebes", tglLahir, sex, null, "Jl. Raya, RT 01", "33", "3329", "3329010",
            kdKelurahan, "52271", "5", "2", "IS", "1", "A", null, "0000000001", "TU", "DW", "loket", "2024-11-02 10:01:05");

    private static string Bumil(string id, string kdPasien, string? kdKia, string tanggal, string kunjunganKe, string tekananDarah = "110/70") =>
        Dump(id, kdPasien, kdKia, tanggal, kunjunganKe, "MUAL, PUSING", tekananDarah, "55", "12", "", "1", "", "-", "12", "-", "-",
            null, null, null, "P1", "1", "KEMBALI BULAN DEPAN", null, "bidan", tanggal, null, null, "2024-12-01", "2025-09-07", "158", "23.5");

    private static readonly string[] PasienRows =
    [
        Pasien("P10000001", "Ani \"Siti\", Bu", Ani, "1995-01-01", "P", "3329010001"),
        Pasien("P10000002", @"Budi\Rahayu", null, "1996-02-02", "P", "3329010002"),
        Pasien("P10000003", "Citra", Citra, "1997-03-03", "P", "3329010001"),
        Pasien("P10000004", "Dewi", Budi, "1998-04-04", "P", "3329010002"),
    ];

    private static readonly string[] BumilRows =
    [
        Bumil("1", "P10000001", "11", "2025-01-10", "K1"),
        Bumil("2", "P10000002", "12", "2025-02-03", "K1"),
        Bumil("3", "P10000001", "13", "2025-02-14", "K2"),
        Bumil("4", "P10000003", "14", "2025-03-05", "K1", "120/80"),
        Bumil("5", "P10000001", null, "2025-03-20", "K4"),
        Bumil("6", "P10000004", "16", "2025-03-21", "K1"),
        Bumil("7", "P10000003", "17", "2025-03-25", "K3"),
    ];

    /// <summary>The same visits as contract rows: K2 and K3 are no PWS service, so they have no twin.</summary>
    private static readonly string[] ContractRows =
    [
        InboxBuilder.Visit("1", "2025-01-10", "P1", Ani, Banjaran, noRm: "P10000001", tanggalLahir: "1995-01-01", tempat: ""),
        InboxBuilder.Visit("2", "2025-02-03", "P1", "", Bentar, noRm: "P10000002", tanggalLahir: "1996-02-02", tempat: ""),
        InboxBuilder.Visit("4", "2025-03-05", "P1", Citra, Banjaran, noRm: "P10000003", tanggalLahir: "1997-03-03", tempat: ""),
        InboxBuilder.Visit("5", "2025-03-20", "P1", Ani, Banjaran, "ANC_K4", noRm: "P10000001", tanggalLahir: "1995-01-01", tempat: ""),
        InboxBuilder.Visit("6", "2025-03-21", "P1", Budi, Bentar, noRm: "P10000004", tanggalLahir: "1998-04-04", tempat: ""),
    ];

    /// <summary>An export ZIP as SIKDA writes it: an empty entry named for the kabupaten, then one dump per table.</summary>
    private static byte[] Export(string[] pasien, string[] bumil)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            zip.CreateEntry("3329");
            foreach (var (name, lines) in new[] { ("backup_kunjungan_bumil.sql", bumil), ("backup_pasien.sql", pasien), ("backup_pelayanan.sql", []) })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                foreach (var line in lines) writer.Write(line + "\n");
            }
        }
        return buffer.ToArray();
    }

    [Test]
    public void A_sikda_export_gives_the_figures_of_its_contract_twin()
    {
        twin.Profil.NewInbox().Bytes("P1/backup_31032025_090000.zip", Export(PasienRows, BumilRows));
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025.csv", [KunjunganHeader, .. ContractRows]);

        twin.ImportBoth();

        twin.AssertSameFigures(["K1", "K4"], ["2025-01", "2025-02", "2025-03"]);
        var k1 = PwsExport(twin.Profil, "K1", "2025-03");
        Assert.Multiple(() =>
        {
            Assert.That(Village(k1, Banjaran), Does.StartWith($"{Banjaran},Banjaran,10,1,2,"), "Ani in January, Citra in March");
            Assert.That(Village(k1, Bentar), Does.StartWith($"{Bentar},Bentar,4,1,2,"), "Budi's no-NIK twin in February, Dewi in March");
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(5), "K2 and K3 are skipped");
        });
    }

    [Test]
    public void Importing_the_same_export_again_changes_nothing()
    {
        twin.Profil.NewInbox().Bytes("P1/backup_31032025_090000.zip", Export(PasienRows, BumilRows));
        twin.Profil.Import();
        var before = twin.State();
        var figures = PwsExport(twin.Profil, "K1", "2025-03");

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(twin.State(), Is.EqualTo(before));
            Assert.That(PwsExport(twin.Profil, "K1", "2025-03"), Is.EqualTo(figures));
        });
    }

    [Test]
    public void A_later_export_with_a_corrected_visit_replaces_it()
    {
        twin.Profil.NewInbox().Bytes("P1/backup_31032025_090000.zip", Export(PasienRows, BumilRows));
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025.csv", [KunjunganHeader, .. ContractRows]);
        twin.ImportBoth();
        // Visit 5 was entered as K4 by mistake: the bidan corrects it to K6 and the next export carries the fix.
        var corrected = BumilRows.Select(r => r.StartsWith("\"5\",", StringComparison.Ordinal) ? r.Replace("\"K4\"", "\"K6\"", StringComparison.Ordinal) : r).ToArray();
        twin.Profil.NewInbox().Bytes("P1/backup_31032025_170000.zip", Export(PasienRows, corrected));
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025b.csv", KunjunganHeader,
            InboxBuilder.Visit("5", "2025-03-20", "P1", Ani, Banjaran, "ANC_K6", noRm: "P10000001", tanggalLahir: "1995-01-01", tempat: ""));

        twin.ImportBoth();

        twin.AssertSameFigures(["K1", "K4", "K6"], ["2025-03"]);
        Assert.That(twin.Profil.Query<(string, string)>("SELECT id_kunjungan, layanan FROM kunjungan WHERE id_kunjungan = '5'"),
            Is.EqualTo(new[] { ("5", "ANC_K6") }));
    }

    [Test]
    public void A_village_code_without_a_crosswalk_entry_waits_in_karantina_naming_the_column_and_value()
    {
        string[] pasien = [.. PasienRows, Pasien("P10000005", "Eka", "3329014505990005", "1999-05-05", "P", "3329010099")];
        twin.Profil.NewInbox().Bytes("P1/backup_31032025_090000.zip", Export(pasien, [.. BumilRows, Bumil("8", "P10000005", "18", "2025-03-26", "K1")]));

        twin.Profil.Import();

        var karantina = twin.Profil.Query<(string, int?, string?, string, string?)>("SELECT sumber, baris, kolom, alasan, isi FROM karantina").Single();
        Assert.Multiple(() =>
        {
            Assert.That(karantina.Item1, Is.EqualTo("P1/backup_31032025_090000.zip"));
            Assert.That(karantina.Item2, Is.EqualTo(8), "the line of the visit in backup_kunjungan_bumil.sql");
            Assert.That(karantina.Item3, Is.EqualTo("pasien.KD_KELURAHAN"));
            Assert.That(karantina.Item4, Does.Contain("pasien.KD_KELURAHAN '3329010099' belum dipetakan ke kode desa"));
            Assert.That(twin.Profil.Query<(string, string, string, string)>("SELECT kode_puskesmas, jenis, kolom, nilai FROM karantina_pemetaan"),
                Is.EqualTo(new[] { ("P1", "desa", "pasien.KD_KELURAHAN", "3329010099") }));
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(5), "the other visits load");
        });
    }
}
