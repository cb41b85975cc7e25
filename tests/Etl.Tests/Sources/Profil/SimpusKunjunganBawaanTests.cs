using Pws.Testing;
using static Pws.Etl.Tests.Sources.Profil.ContractTwin;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped simpus-kunjungan profile reads a SIMPUS-style visit list (no visit id, dd-MM-yyyy dates, sex as
/// words, villages by name, services as words or ICD-10 codes) into the same PWS and SPM figures as the same visits
/// written as contract files.</summary>
public sealed class SimpusKunjunganBawaanTests
{
    private const string Header = "No. RM;NIK;Nama Pasien;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa/Kelurahan;Pelayanan";
    private const string Siti = "3329014101950001", Budi = "3329011212600003", Tono = "3329010505700004", Rina = "3329014707980005";

    private static readonly string[] Rows =
    [
        $"RM-001;{Siti};Siti;10-02-2025;Perempuan;01-01-1995;Desa Banjaran;K1",
        $"RM-001;{Siti};Siti;03-03-2025;Perempuan;01-01-1995;Desa Banjaran;ANC K4",
        "RM-002;;Ani;04/03/2025;Perempuan;06/06/1996;BENTAR;ANC K1",
        $"RM-003;{Budi};Budi;5 Maret 2025;Laki-laki;12-12-1960;Banjaran;I10",
        $"RM-003;{Budi};Budi;20-03-2025;Laki-laki;12-12-1960;Banjaran;I11.9",
        $"RM-004;{Tono};Tono;06-03-2025;Laki-laki;05-05-1970;Kel. Bentar;E11.9",
        $"RM-005;{Rina};Rina;07-03-2025;Perempuan;07-07-1998;Bentarsari;O80.0",
        $"RM-006;{Rina};Rina;08-03-2025;Perempuan;07-07-1998;Bentarsari;Poli Umum",
    ];

    /// <summary>The same visits as contract rows; the Poli Umum visit is no PWS service and has no twin.</summary>
    private static readonly string[] ContractRows =
    [
        InboxBuilder.KunjunganHeader,
        Visit("S1", "2025-02-10", Siti, "RM-001", "P", "1995-01-01", Banjaran, "ANC_K1"),
        Visit("S2", "2025-03-03", Siti, "RM-001", "P", "1995-01-01", Banjaran, "ANC_K4"),
        Visit("S3", "2025-03-04", "", "RM-002", "P", "1996-06-06", Bentar, "ANC_K1"),
        Visit("S4", "2025-03-05", Budi, "RM-003", "L", "1960-12-12", Banjaran, "PELAYANAN_HIPERTENSI"),
        Visit("S5", "2025-03-20", Budi, "RM-003", "L", "1960-12-12", Banjaran, "PELAYANAN_HIPERTENSI"),
        Visit("S6", "2025-03-06", Tono, "RM-004", "L", "1970-05-05", Bentar, "PELAYANAN_DM"),
        Visit("S7", "2025-03-07", Rina, "RM-005", "P", "1998-07-07", Bentarsari, "PERSALINAN_FASKES"),
    ];

    private static string Visit(string id, string tanggal, string nik, string noRm, string sex, string lahir, string desa, string layanan) =>
        string.Join(',', id, tanggal, "P1", nik, noRm, sex, lahir, desa, layanan, "DALAM_GEDUNG");

    private ContractTwin twin = null!;

    [SetUp] public void Create() => twin = new ContractTwin("simpus-kunjungan.yaml");
    [TearDown] public void Delete() => twin.Dispose();

    [Test]
    public void A_simpus_list_gives_the_pws_and_spm_figures_of_its_contract_twin()
    {
        twin.Profil.NewInbox().File("P1/simpus_2025-03.csv", [Header, .. Rows]);
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03.csv", ContractRows);

        twin.ImportBoth();

        twin.AssertSameFigures(["K1", "K4", "PF"], ["2025-02", "2025-03"], spmSampaiBulan: 3);
        Assert.Multiple(() =>
        {
            Assert.That(Village(PwsExport(twin.Profil, "K1", "2025-03"), Bentar), Does.StartWith($"{Bentar},Bentar,4,1,1,"));
            Assert.That(SpmExport(twin.Profil, 3), Has.Some.StartsWith($"{Banjaran},Banjaran,SPM08,30,1,"), "Budi's two hypertension visits: one person");
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(7), "Poli Umum is skipped");
        });
    }

    [Test]
    public void Importing_the_same_list_again_changes_nothing()
    {
        twin.Profil.NewInbox().File("P1/simpus_2025-03.csv", [Header, .. Rows]);
        twin.Profil.Import();
        var before = twin.State();
        var figures = SpmExport(twin.Profil, 3);

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(twin.State(), Is.EqualTo(before));
            Assert.That(SpmExport(twin.Profil, 3), Is.EqualTo(figures));
        });
    }

    [Test]
    public void A_later_list_with_a_corrected_village_replaces_the_visit()
    {
        twin.Profil.NewInbox().File("P1/simpus_2025-03.csv", [Header, .. Rows]);
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03.csv", ContractRows);
        twin.ImportBoth();
        // Ani lives in Banjaran, not Bentar: the puskesmas sends the row again, same No. RM, date and service.
        twin.Profil.NewInbox().File("P1/simpus_2025-03b.csv", Header, "RM-002;;Ani;04/03/2025;Perempuan;06/06/1996;Banjaran;ANC K1");
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03b.csv", InboxBuilder.KunjunganHeader,
            Visit("S3", "2025-03-04", "", "RM-002", "P", "1996-06-06", Banjaran, "ANC_K1"));

        twin.ImportBoth();

        twin.AssertSameFigures(["K1"], ["2025-03"]);
        Assert.That(twin.Profil.Query<string>("SELECT kode_desa FROM kunjungan WHERE id_kunjungan LIKE 'RM-002|%'"), Is.EqualTo(new[] { Banjaran }));
    }

    [Test]
    public void A_diagnosis_code_the_profile_does_not_list_waits_in_karantina_for_the_dinkes_to_map()
    {
        twin.Profil.NewInbox().File("P1/simpus_2025-03.csv", Header, $"RM-007;{Siti};Siti;09-03-2025;Perempuan;01-01-1995;Banjaran;J06.9");

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(twin.Profil.Query<string>("SELECT alasan FROM karantina").Single(), Does.Contain("Pelayanan 'J06.9' belum dipetakan ke kode layanan"));
            Assert.That(twin.Profil.Query<string>("SELECT isi FROM karantina").Single(), Does.Not.Contain(Siti), "the NIK is masked");
            Assert.That(twin.Profil.Query<(string, string)>("SELECT jenis, nilai FROM karantina_pemetaan"), Is.EqualTo(new[] { ("layanan", "j06.9") }));
        });
    }
}
