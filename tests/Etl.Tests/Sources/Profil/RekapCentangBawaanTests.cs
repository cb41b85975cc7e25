using DocumentFormat.OpenXml.Spreadsheet;
using Pws.Etl.Tests.Inbox;
using Pws.Testing;
using static Pws.Etl.Tests.Sources.Profil.ContractTwin;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped rekap-centang profile reads a monthly program recap (metadata cells above the header, the month
/// as "Maret 2025", one column per service marked Y, V, ✓ or 1) into the same K1, K4 and K6 figures as the same visits
/// written as contract files, each dated the first of the recap's month.</summary>
public sealed class RekapCentangBawaanTests
{
    private const string Siti = "3329014101950001", Ani = "3329014202960002", Rina = "3329014707980005", Dewi = "3329014404990004",
        Eka = "3329014505000006";

    /// <summary>NIK, name, village, and the K1, K4, K6 cells; a number is written as a number cell.</summary>
    private static readonly (string Nik, string Nama, string Desa, object K1, object K4, object K6)[] Mothers =
    [
        (Siti, "Siti", "Banjaran", "Y", "", ""),
        (Ani, "Ani", "Desa Bentar", "✓", "V", ""),
        (Rina, "Rina", "BANJARAN", "", 1, ""),
        (Dewi, "Dewi", "Bentar", "X", "-", ""),
        (Eka, "Eka", "Banjaran", "", "", "y"),
    ];

    /// <summary>The same services as contract rows, dated the first of March; Dewi's X and - are no marks.</summary>
    private static readonly string[] ContractRows =
    [
        InboxBuilder.KunjunganHeader,
        Visit("R1", Siti, Banjaran, "ANC_K1"),
        Visit("R2", Ani, Bentar, "ANC_K1"),
        Visit("R3", Ani, Bentar, "ANC_K4"),
        Visit("R4", Rina, Banjaran, "ANC_K4"),
        Visit("R5", Eka, Banjaran, "ANC_K6"),
    ];

    private static string Visit(string id, string nik, string desa, string layanan) =>
        string.Join(',', id, "2025-03-01", "P1", nik, "", "", "", desa, layanan, "");

    private ContractTwin twin = null!;

    [SetUp] public void Create() => twin = new ContractTwin("rekap-centang.yaml");
    [TearDown] public void Delete() => twin.Dispose();

    private void Recap(string name, string bulan, params (string Nik, string Nama, string Desa, object K1, object K4, object K6)[] mothers)
    {
        var workbook = new TestWorkbook();
        Cell Text(string reference, string text) => workbook.Shared(reference, text);
        Cell Mark(string reference, object mark) => mark is int number
            ? TestWorkbook.Value(reference, number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : Text(reference, (string)mark);
        var rows = new List<Row>
        {
            TestWorkbook.Row(1, Text("A1", "REKAP PELAYANAN IBU HAMIL")),
            TestWorkbook.Row(2, Text("A2", "KABUPATEN"), Text("B2", "Brebes")),
            TestWorkbook.Row(3, Text("A3", "PUSKESMAS"), Text("B3", "Puskesmas Satu")),
            TestWorkbook.Row(4, Text("A4", "BULAN"), Text("B4", bulan)),
            TestWorkbook.Row(6, Text("A6", "No"), Text("B6", "NIK"), Text("C6", "Nama"), Text("D6", "Desa"), Text("E6", "K1"), Text("F6", "K4"), Text("G6", "K6")),
        };
        rows.AddRange(mothers.Select((m, i) =>
        {
            var line = (uint)i + 7;
            return TestWorkbook.Row(line, TestWorkbook.Value($"A{line}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Text($"B{line}", m.Nik), Text($"C{line}", m.Nama), Text($"D{line}", m.Desa), Mark($"E{line}", m.K1), Mark($"F{line}", m.K4), Mark($"G{line}", m.K6));
        }));
        workbook.Sheet("Rekap", [.. rows]).Save(Path.Combine(Directory.CreateDirectory(Path.Combine(twin.Profil.Inbox, "P1")).FullName, name));
    }

    [Test]
    public void A_ticked_recap_gives_the_figures_of_its_contract_twin()
    {
        Recap("rekap_2025-03.xlsx", "Maret 2025", Mothers);
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03.csv", ContractRows);

        twin.ImportBoth();

        twin.AssertSameFigures(["K1", "K4", "K6"], ["2025-03"]);
        Assert.Multiple(() =>
        {
            Assert.That(Village(PwsExport(twin.Profil, "K4", "2025-03"), Banjaran), Does.StartWith($"{Banjaran},Banjaran,10,1,1,"));
            Assert.That(Village(PwsExport(twin.Profil, "K4", "2025-03"), Bentar), Does.StartWith($"{Bentar},Bentar,4,1,1,"));
            Assert.That(twin.Profil.Query<string>("SELECT DISTINCT CAST(tanggal AS VARCHAR) FROM kunjungan"), Is.EqualTo(new[] { "2025-03-01" }));
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
        });
    }

    [Test]
    public void Importing_the_same_recap_again_changes_nothing()
    {
        Recap("rekap_2025-03.xlsx", "Maret 2025", Mothers);
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
    public void A_later_recap_with_a_corrected_village_replaces_the_marks_of_that_month()
    {
        Recap("rekap_2025-03.xlsx", "Maret 2025", Mothers);
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03.csv", ContractRows);
        twin.ImportBoth();
        // Ani lives in Banjaran: the bidan sends her line again with the same marks.
        Recap("rekap_2025-03b.xlsx", "Maret 2025", Mothers[1] with { Desa = "Banjaran" });
        twin.Kontrak.NewInbox().File("P1/kunjungan_2025-03b.csv", InboxBuilder.KunjunganHeader,
            Visit("R2", Ani, Banjaran, "ANC_K1"), Visit("R3", Ani, Banjaran, "ANC_K4"));

        twin.ImportBoth();

        twin.AssertSameFigures(["K1", "K4"], ["2025-03"]);
        Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(5), "replaced, not added");
    }

    [Test]
    public void The_next_months_recap_adds_its_own_visits()
    {
        Recap("rekap_2025-03.xlsx", "Maret 2025", Mothers);
        Recap("rekap_2025-04.xlsx", "April 2025", (Siti, "Siti", "Banjaran", "Y", "Y", ""));

        twin.Profil.Import();

        Assert.That(twin.Profil.Query<(string, string)>(
                "SELECT CAST(tanggal AS VARCHAR), layanan FROM kunjungan WHERE tanggal >= DATE '2025-04-01' ORDER BY layanan"),
            Is.EqualTo(new[] { ("2025-04-01", "ANC_K1"), ("2025-04-01", "ANC_K4") }), "the same mother's April marks are visits of their own");
    }
}
