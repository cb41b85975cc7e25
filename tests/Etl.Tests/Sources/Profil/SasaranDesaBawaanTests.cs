using DocumentFormat.OpenXml.Spreadsheet;
using Pws.Etl.Tests.Inbox;
using Pws.Testing;
using static Pws.Etl.Tests.Sources.Profil.ContractTwin;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped sasaran-desa profile reads the Dinkes's wide sasaran table (a row per village by name, a column
/// per jenis sasaran, the year in the file name) into the same sasaran, and so the same coverage, as the contract's
/// sasaran_2025.csv.</summary>
public sealed class SasaranDesaBawaanTests
{
    private static readonly string[] Columns =
    [
        "Kecamatan", "Desa", "Penduduk", "Ibu Hamil", "Ibu Bersalin", "Bayi Baru Lahir", "Bayi", "Balita", "Usia Pendidikan Dasar",
        "Usia Produktif", "Lansia", "Penderita Hipertensi", "Penderita DM", "ODGJ Berat", "Terduga TB", "Risiko HIV",
    ];

    /// <summary>The sasaran of the twin's sasaran_2025.csv, by column; an empty cell is a sasaran not counted.</summary>
    private static readonly string[][] Villages =
    [
        ["Salem", "Banjaran", "", "10", "9", "", "", "20", "", "", "", "30", "12", "", "", ""],
        ["Salem", "Desa Bentar", "", "4", "4", "", "", "8", "", "", "", "", "5", "", "", ""],
    ];

    private static readonly string[] Visits =
    [
        InboxBuilder.KunjunganHeader,
        InboxBuilder.Visit("V1", "2025-03-03", "P1", "3329014101950001", Banjaran),
        InboxBuilder.Visit("V2", "2025-03-04", "P1", "3329014202960002", Bentar),
        InboxBuilder.Visit("V3", "2025-03-05", "P1", "3329011212600003", Banjaran, "PELAYANAN_HIPERTENSI"),
    ];

    private ContractTwin twin = null!;

    [SetUp]
    public void Create()
    {
        twin = new ContractTwin("sasaran-desa.yaml");
        File.Delete(Path.Combine(twin.Profil.Inbox, "master", "sasaran_2025.csv"));
        foreach (var warehouse in new[] { twin.Profil, twin.Kontrak }) warehouse.NewInbox().File("P1/kunjungan_2025-03.csv", Visits);
    }

    [TearDown] public void Delete() => twin.Dispose();

    private void Table(string name, params string[][] villages)
    {
        var workbook = new TestWorkbook();
        var rows = new List<Row>
        {
            TestWorkbook.Row(1, workbook.Shared("A1", "SASARAN PROGRAM KESEHATAN PER DESA TAHUN 2025")),
            TestWorkbook.Row(3, Columns.Select((c, i) => workbook.Shared($"{(char)('A' + i)}3", c)).ToArray()),
        };
        // Kecamatan and village are text, the sasaran number cells; an empty cell is not written.
        rows.AddRange(villages.Select((village, r) =>
        {
            var line = r + 4;
            return TestWorkbook.Row((uint)line, village.Select((text, column) => (Text: text, Reference: $"{(char)('A' + column)}{line}", Number: column >= 2))
                .Where(c => c.Text.Length > 0)
                .Select(c => c.Number ? TestWorkbook.Value(c.Reference, c.Text) : workbook.Shared(c.Reference, c.Text)).ToArray());
        }));
        workbook.Sheet("Sasaran", [.. rows]).Save(Path.Combine(twin.Profil.Inbox, "master", name));
    }

    private static List<(int, string, string, int)> Sasaran(TestWarehouse warehouse) =>
        warehouse.Query<(int, string, string, int)>("SELECT tahun, kode_desa, jenis_sasaran, jumlah FROM sasaran ORDER BY 1, 2, 3");

    [Test]
    public void A_wide_sasaran_table_gives_the_sasaran_and_coverage_of_the_contract_file()
    {
        Table("sasaran_desa_2025.xlsx", Villages);

        twin.ImportBoth();

        twin.AssertSameFigures(["K1"], ["2025-03"], spmSampaiBulan: 3);
        Assert.Multiple(() =>
        {
            Assert.That(Sasaran(twin.Profil), Is.EqualTo(Sasaran(twin.Kontrak)));
            Assert.That(Sasaran(twin.Profil), Has.Count.EqualTo(9));
            Assert.That(Village(PwsExport(twin.Profil, "K1", "2025-03"), Bentar), Does.StartWith($"{Bentar},Bentar,4,1,1,25.00,"));
        });
    }

    [Test]
    public void Importing_the_same_table_again_changes_nothing_and_a_later_one_corrects_a_figure()
    {
        Table("sasaran_desa_2025.xlsx", Villages);
        twin.Profil.Import();
        var before = Sasaran(twin.Profil);
        twin.Profil.Import();
        var again = Sasaran(twin.Profil);
        Table("sasaran_desa_2025b.xlsx", ["Salem", "Bentar", "", "5", "", "", "", "", "", "", "", "", "", "", "", ""]);

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(before));
            Assert.That(Sasaran(twin.Profil), Is.EqualTo(before.Select(s => s is (2025, Bentar, "IBU_HAMIL", _) ? s with { Item4 = 5 } : s)));
        });
    }

    [Test]
    public void A_village_name_used_in_two_kecamatan_waits_in_karantina_for_the_dinkes_to_map()
    {
        Table("sasaran_desa_2025.xlsx", [.. Villages, ["Bantarkawung", "Limbangan", "", "7", "", "", "", "", "", "", "", "", "", "", "", ""]]);

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(twin.Profil.Query<(string, int?, string?)>("SELECT sumber, baris, kolom FROM karantina"),
                Is.EqualTo(new[] { ("master/sasaran_desa_2025.xlsx", (int?)6, (string?)"Desa") }));
            Assert.That(twin.Profil.Query<(string, string)>("SELECT jenis, nilai FROM karantina_pemetaan"), Is.EqualTo(new[] { ("desa", "limbangan") }));
            Assert.That(Sasaran(twin.Profil), Has.Count.EqualTo(9), "the other villages load");
        });
    }
}
