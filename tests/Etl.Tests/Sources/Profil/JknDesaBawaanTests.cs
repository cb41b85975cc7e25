using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Pws.Etl.Sources.Profil;
using Pws.Etl.Tests.Inbox;
using static Pws.Etl.Tests.Sources.Profil.ContractTwin;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped jkn-desa profile reads the Dinkes's yearly JKN recap (a row per village by name, a block of
/// penduduk, peserta JKN and peserta aktif columns per month, the year in the file name) into the same UHC figures as
/// the contract's monthly jkn_yyyy-mm.csv files.</summary>
public sealed class JknDesaBawaanTests
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

    /// <summary>Village name and its (penduduk, peserta JKN, peserta aktif) for January to March; later months are empty.</summary>
    private static readonly (string Desa, int[][] Bulan)[] Recap =
    [
        ("Banjaran", [[3000, 2900, 2500], [3001, 2950, 2600], [3002, 2990, 2450]]),
        ("Desa Bentar", [[1500, 1400, 1000], [1500, 1440, 1210], [1499, 1480, 1300]]),
    ];

    private ContractTwin twin = null!;

    [SetUp]
    public void Create()
    {
        twin = new ContractTwin("jkn-desa.yaml");
        for (var month = 1; month <= 3; month++)
        {
            var periode = $"2025-{month:D2}";
            twin.Kontrak.NewInbox().File($"master/jkn_{periode}.csv", [
                "periode,kode_desa,penduduk,peserta_jkn,peserta_aktif",
                .. Recap.Select(v => $"{periode},{(v.Desa == "Banjaran" ? Banjaran : Bentar)},{string.Join(',', v.Bulan[month - 1])}")]);
        }
    }

    [TearDown] public void Delete() => twin.Dispose();

    private void Table(string name, params (string Desa, int[][] Bulan)[] villages)
    {
        var workbook = new TestWorkbook();
        string[] header = ["Kecamatan", "Desa", .. Months.SelectMany(m => new[] { $"Penduduk {m}", $"Peserta JKN {m}", $"Peserta Aktif {m}" })];
        var rows = new List<Row>
        {
            TestWorkbook.Row(1, workbook.Shared("A1", "KEPESERTAAN JKN PER DESA TAHUN 2025")),
            TestWorkbook.Row(3, header.Select((h, i) => workbook.Shared($"{ProfilTable.ColumnLetters(i)}3", h)).ToArray()),
        };
        rows.AddRange(villages.Select((village, r) =>
        {
            var line = r + 4;
            var figures = village.Bulan.SelectMany(b => b).Select((n, i) =>
                TestWorkbook.Value($"{ProfilTable.ColumnLetters(i + 2)}{line}", n.ToString(CultureInfo.InvariantCulture)));
            return TestWorkbook.Row((uint)line, [workbook.Shared($"A{line}", "Salem"), workbook.Shared($"B{line}", village.Desa), .. figures]);
        }));
        workbook.Sheet("JKN", [.. rows]).Save(Path.Combine(twin.Profil.Inbox, "master", name));
    }

    private static List<string> Uhc(Pws.Testing.TestWarehouse warehouse, string periode) =>
        warehouse.ExportCsv("export", "uhc", "--periode", periode, "--kabupaten", "33.29");

    private static List<(int, int, string, int, int, int)> Jkn(Pws.Testing.TestWarehouse warehouse) =>
        warehouse.Query<(int, int, string, int, int, int)>(
            "SELECT tahun, bulan, kode_desa, penduduk, peserta_jkn, peserta_aktif FROM jkn ORDER BY 1, 2, 3");

    [Test]
    public void A_yearly_jkn_recap_gives_the_uhc_figures_of_the_monthly_contract_files()
    {
        Table("jkn_desa_2025.xlsx", Recap);

        twin.ImportBoth();

        Assert.Multiple(() =>
        {
            Assert.That(Jkn(twin.Profil), Is.EqualTo(Jkn(twin.Kontrak)));
            Assert.That(Jkn(twin.Profil), Has.Count.EqualTo(6), "empty months give no rows");
            foreach (var periode in new[] { "2025-01", "2025-02", "2025-03" })
                Assert.That(Uhc(twin.Profil, periode), Is.EqualTo(Uhc(twin.Kontrak, periode)), periode);
            Assert.That(Uhc(twin.Profil, "2025-03"), Has.Some.StartsWith($"{Bentar},Bentar,1499,1480,1300,"));
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
        });
    }

    [Test]
    public void Importing_the_same_recap_again_changes_nothing_and_a_later_one_corrects_a_month()
    {
        Table("jkn_desa_2025.xlsx", Recap);
        twin.Profil.Import();
        var before = Jkn(twin.Profil);
        twin.Profil.Import();
        var again = Jkn(twin.Profil);
        Table("jkn_desa_2025b.xlsx", ("Banjaran", [[3000, 2900, 2500], [3001, 2950, 2600], [3002, 2995, 2460]]));

        twin.Profil.Import();

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(before));
            Assert.That(Jkn(twin.Profil), Is.EqualTo(before.Select(j => j is (2025, 3, Banjaran, _, _, _) ? j with { Item5 = 2995, Item6 = 2460 } : j)));
        });
    }
}
