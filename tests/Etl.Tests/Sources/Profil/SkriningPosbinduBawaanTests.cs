using Pws.Testing;
using static Pws.Etl.Tests.Sources.Profil.ContractTwin;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped skrining-posbindu profile reads a Posbindu screening list (blood pressure as one field "120/80",
/// Ya/Tidak flags, villages by name, no screening id) into the same screening and SPM figures as the same screenings
/// written as a contract file.</summary>
public sealed class SkriningPosbinduBawaanTests
{
    private const string Header = "NIK;Nama;Jenis Kelamin;Tgl Lahir;Desa;Tanggal Periksa;Tekanan Darah;GDS;Kolesterol;Gejala TB;Dirujuk";
    private const string ContractHeader =
        "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk";
    private const string Budi = "3329011212600003", Tono = "3329010505700004", Siti = "3329014101950001", Mbah = "3329010101500007";

    private static readonly string[] Rows =
    [
        $"{Budi};Budi;Laki-laki;12-12-1960;Banjaran;03-03-2025;150/95;210;;Tidak;Ya",
        $"{Tono};Tono;L;05-05-1970;Desa Bentar;04/03/2025;120 / 80;;230;Ya;Tidak",
        $"{Siti};Siti;Perempuan;01-01-1995;BANJARAN;5 Maret 2025;;;;;",
        $"{Mbah};Mbah Karto;L;01-01-1950;Bentar;06-03-2025;135/85;110;190;Tidak;Tidak",
    ];

    private static readonly string[] ContractRows =
    [
        ContractHeader,
        $"S1,2025-03-03,P1,{Budi},,L,1960-12-12,{Banjaran},150,95,210,,T,,POSBINDU,Y",
        $"S2,2025-03-04,P1,{Tono},,L,1970-05-05,{Bentar},120,80,,230,Y,,POSBINDU,T",
        $"S3,2025-03-05,P1,{Siti},,P,1995-01-01,{Banjaran},,,,,,,POSBINDU,",
        $"S4,2025-03-06,P1,{Mbah},,L,1950-01-01,{Bentar},135,85,110,190,T,,POSBINDU,T",
    ];

    private ContractTwin twin = null!;

    [SetUp] public void Create() => twin = new ContractTwin("skrining-posbindu.yaml");
    [TearDown] public void Delete() => twin.Dispose();

    private static List<string> Skrining(TestWarehouse warehouse) =>
        warehouse.ExportCsv("export", "skrining", "--tahun", "2025", "--sampai-bulan", "3", "--tingkat", "desa", "--kabupaten", "33.29");

    private static List<(string, double?, double?, double?, double?, bool?, bool?, string?)> Measurements(TestWarehouse warehouse) =>
        warehouse.Query<(string, double?, double?, double?, double?, bool?, bool?, string?)>(
            "SELECT kode_desa, sistolik, diastolik, gula_darah_sewaktu, kolesterol_total, skrining_tb, dirujuk, kegiatan FROM skrining " +
            "ORDER BY tanggal");

    [Test]
    public void A_posbindu_list_gives_the_screening_figures_of_its_contract_twin()
    {
        twin.Profil.NewInbox().File("P1/posbindu_2025-03.csv", [Header, .. Rows]);
        twin.Kontrak.NewInbox().File("P1/skrining_2025-03.csv", ContractRows);

        twin.ImportBoth();

        Assert.Multiple(() =>
        {
            Assert.That(Measurements(twin.Profil), Is.EqualTo(Measurements(twin.Kontrak)));
            Assert.That(Skrining(twin.Profil), Is.EqualTo(Skrining(twin.Kontrak)));
            Assert.That(SpmExport(twin.Profil, 3), Is.EqualTo(SpmExport(twin.Kontrak, 3)));
            Assert.That(Skrining(twin.Profil), Has.Some.StartsWith($"{Banjaran},Banjaran,2,1,1,0,0,0"), "Budi's 150/95 and GDS 210; Siti unmeasured");
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
        });
    }

    [Test]
    public void Importing_the_same_list_again_changes_nothing_and_a_later_one_corrects_a_reading()
    {
        twin.Profil.NewInbox().File("P1/posbindu_2025-03.csv", [Header, .. Rows]);
        twin.Profil.Import();
        var before = Measurements(twin.Profil);
        twin.Profil.Import();
        var again = Measurements(twin.Profil);
        twin.Profil.NewInbox().File("P1/posbindu_2025-03b.csv", Header, $"{Tono};Tono;L;05-05-1970;Desa Bentar;04/03/2025;140/90;;230;Ya;Tidak");

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(before));
            Assert.That(Measurements(twin.Profil), Is.EqualTo(before.Select(m => m.Item2 == 120 ? m with { Item2 = 140, Item3 = 90 } : m)));
        });
    }

    [Test]
    public void A_blood_pressure_with_its_unit_written_in_waits_in_karantina_with_the_reason()
    {
        twin.Profil.NewInbox().File("P1/posbindu_2025-03.csv", Header, $"{Budi};Budi;L;12-12-1960;Banjaran;03-03-2025;150/95 mmHg;;;;");

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(twin.Profil.Query<string>("SELECT alasan FROM karantina").Single(), Does.Contain("diastolik '95 mmHg'"));
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM skrining").Single(), Is.Zero);
        });
    }
}
