using DocumentFormat.OpenXml.Spreadsheet;
using Pws.Etl.Tests.Inbox;
using Pws.Testing;
using static Pws.Etl.Tests.Sources.Profil.ContractTwin;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped eppgbm profile reads an ePPGBM download of balita measurements (dates as text, as Excel serial
/// numbers written as text, or as date cells; villages by name; no visit id) into the same D/S figures as the same
/// weighings written as contract files: every measurement is a weighing at the posyandu.</summary>
public sealed class EppgbmBawaanTests
{
    private const string Aisyah = "3329015507230001", Bima = "3329011503230002", Cinta = "3329016001240003", Dodi = "3329010304220004";

    private static readonly string[] Columns =
        ["NIK", "Nama", "JK", "Tgl Lahir", "Prov", "Kab/Kota", "Kec", "Pukesmas", "Desa/Kel", "Posyandu", "Usia Saat Ukur", "Tanggal Pengukuran", "Berat", "Tinggi"];

    /// <summary>One measurement row; the birth and measurement dates are text cells unless a date cell's serial number
    /// is given instead.</summary>
    private sealed record Ukur(string Nik, string Nama, string Jk, string Lahir, string Desa, string Diukur, int? DiukurSerial = null, int? LahirSerial = null);

    private static readonly Ukur[] Measurements =
    [
        new(Aisyah, "Aisyah", "P", "15/07/2023", "BANJARAN", "45721"),
        new(Bima, "Bima", "L", "", "Desa Bentar", "", DiukurSerial: 45726, LahirSerial: 45000),
        new(Cinta, "Cinta", "P", "20-01-2024", "Banjaran", "12/02/2025"),
        new(Cinta, "Cinta", "P", "20-01-2024", "Banjaran", "12/03/2025"),
        new(Dodi, "Dodi", "L", "3/4/2022", "bentar", "45730"),
    ];

    /// <summary>The same weighings as contract rows.</summary>
    private static readonly string[] ContractRows =
    [
        InboxBuilder.KunjunganHeader,
        Visit("E1", "2025-03-05", Aisyah, "P", "2023-07-15", Banjaran),
        Visit("E2", "2025-03-10", Bima, "L", "2023-03-15", Bentar),
        Visit("E3", "2025-02-12", Cinta, "P", "2024-01-20", Banjaran),
        Visit("E4", "2025-03-12", Cinta, "P", "2024-01-20", Banjaran),
        Visit("E5", "2025-03-14", Dodi, "L", "2022-04-03", Bentar),
    ];

    private static string Visit(string id, string tanggal, string nik, string sex, string lahir, string desa) =>
        string.Join(',', id, tanggal, "P1", nik, "", sex, lahir, desa, "BALITA_DITIMBANG", "POSYANDU");

    private ContractTwin twin = null!;

    [SetUp] public void Create() => twin = new ContractTwin("eppgbm.yaml");
    [TearDown] public void Delete() => twin.Dispose();

    private void Download(string name, params Ukur[] rows)
    {
        var workbook = new TestWorkbook();
        var header = TestWorkbook.Row(1, Columns.Select((c, i) => workbook.Shared($"{Letter(i)}1", c)).ToArray());
        var data = rows.Select((u, r) =>
        {
            var line = (uint)r + 2;
            return TestWorkbook.Row(line,
                workbook.Shared($"A{line}", u.Nik), workbook.Shared($"B{line}", u.Nama), workbook.Shared($"C{line}", u.Jk),
                u.LahirSerial is { } lahir ? Date($"D{line}", lahir) : workbook.Shared($"D{line}", u.Lahir),
                workbook.Shared($"E{line}", "JAWA TENGAH"), workbook.Shared($"F{line}", "BREBES"), workbook.Shared($"G{line}", "SALEM"),
                workbook.Shared($"H{line}", "SALEM"), workbook.Shared($"I{line}", u.Desa), workbook.Shared($"J{line}", "Melati 1"),
                workbook.Shared($"K{line}", "1 Tahun - 7 Bulan - 18 Hari"),
                u.DiukurSerial is { } diukur ? Date($"L{line}", diukur) : TestWorkbook.Inline($"L{line}", u.Diukur),
                TestWorkbook.Value($"M{line}", "10.5"), TestWorkbook.Value($"N{line}", "80.2"));
        });
        workbook.Sheet("Data Pengukuran", [header, .. data]).Save(Path.Combine(Directory.CreateDirectory(Path.Combine(twin.Profil.Inbox, "P1")).FullName, name));
    }

    private static Cell Date(string reference, int serial) =>
        TestWorkbook.Value(reference, serial.ToString(System.Globalization.CultureInfo.InvariantCulture), style: TestWorkbook.BuiltInDate);

    private static string Letter(int index) => ((char)('A' + index)).ToString();

    [Test]
    public void An_eppgbm_download_gives_the_weighing_figures_of_its_contract_twin()
    {
        Download("eppgbm_2025-03.xlsx", Measurements);
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03.csv", ContractRows);

        twin.ImportBoth();

        twin.AssertSameFigures(["DITIMBANG"], ["2025-02", "2025-03"]);
        Assert.Multiple(() =>
        {
            Assert.That(Village(PwsExport(twin.Profil, "DITIMBANG", "2025-03"), Banjaran), Does.StartWith($"{Banjaran},Banjaran,20,1,2,"),
                "Cinta counts in February, Aisyah in March");
            Assert.That(Village(PwsExport(twin.Profil, "DITIMBANG", "2025-03"), Bentar), Does.StartWith($"{Bentar},Bentar,8,2,2,"));
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
            Assert.That(twin.Profil.Query<(string, string)>("SELECT DISTINCT layanan, tempat FROM kunjungan"), Is.EqualTo(new[] { ("BALITA_DITIMBANG", "POSYANDU") }));
            Assert.That(twin.Profil.Query<string>("SELECT id_kunjungan FROM kunjungan"), Has.All.StartsWith("#").And.All.Not.Contains(Aisyah[..8]),
                "an id made from a NIK is a keyed hash");
        });
    }

    [Test]
    public void Importing_the_same_download_again_changes_nothing()
    {
        Download("eppgbm_2025-03.xlsx", Measurements);
        twin.Profil.Import();
        var before = twin.State();
        var figures = PwsExport(twin.Profil, "DITIMBANG", "2025-03");

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(twin.State(), Is.EqualTo(before));
            Assert.That(PwsExport(twin.Profil, "DITIMBANG", "2025-03"), Is.EqualTo(figures));
        });
    }

    [Test]
    public void A_later_download_with_a_corrected_village_replaces_the_measurement()
    {
        Download("eppgbm_2025-03.xlsx", Measurements);
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03.csv", ContractRows);
        twin.ImportBoth();
        // Bima's posyandu is in Banjaran: the kader fixes the village and downloads again.
        Download("eppgbm_2025-03b.xlsx", Measurements[1] with { Desa = "Banjaran" });
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03b.csv", InboxBuilder.KunjunganHeader, Visit("E2", "2025-03-10", Bima, "L", "2023-03-15", Banjaran));

        twin.ImportBoth();

        twin.AssertSameFigures(["DITIMBANG"], ["2025-03"]);
        Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(5), "replaced, not added");
    }
}
