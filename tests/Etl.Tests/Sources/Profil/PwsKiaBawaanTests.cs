using DocumentFormat.OpenXml.Spreadsheet;
using Pws.Etl.Tests.Inbox;
using static Pws.Etl.Tests.Sources.Profil.ContractTwin;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped pws-kia profile reads the monthly PWS KIA form (the month as "Maret 2025" above the header, a
/// village per row, a column per indicator with its count) into the same figures as the same counts written as a
/// contract <c>agregat</c> file; the form's words akses, linakes and kn_lgkp are K1, persalinan faskes and KN lengkap.</summary>
public sealed class PwsKiaBawaanTests
{
    private ContractTwin twin = null!;

    [SetUp] public void Create() => twin = new ContractTwin("pws-kia.yaml");
    [TearDown] public void Delete() => twin.Dispose();

    private static readonly string[] Header = ["No", "Desa", "akses", "murni", "K4", "linakes", "KF", "KN1", "kn_lgkp"];

    /// <summary>A form with a village per row; a null cell is left empty, a number is a number cell.</summary>
    private void Form(string name, string bulan, params object?[][] villages)
    {
        var workbook = new TestWorkbook();
        Cell Text(string reference, string text) => workbook.Shared(reference, text);
        Cell Any(string reference, object value) => value is int number
            ? TestWorkbook.Value(reference, number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : Text(reference, (string)value);
        var rows = new List<Row>
        {
            TestWorkbook.Row(1, Text("A1", "PWS KIA PUSKESMAS")),
            TestWorkbook.Row(2, Text("A2", "PUSKESMAS"), Text("B2", "Puskesmas Satu")),
            TestWorkbook.Row(3, Text("A3", "BULAN"), Text("B3", bulan)),
            TestWorkbook.Row(5, [.. Header.Select((h, c) => Text($"{(char)('A' + c)}5", h))]),
        };
        rows.AddRange(villages.Select((cells, i) =>
        {
            var line = (uint)i + 6;
            return TestWorkbook.Row(line, [.. cells.Select((value, c) => (value, c)).Where(x => x.value is not null)
                .Select(x => Any($"{(char)('A' + x.c)}{line}", x.value!))]);
        }));
        workbook.Sheet("PWS KIA", [.. rows]).Save(Path.Combine(Directory.CreateDirectory(Path.Combine(twin.Profil.Inbox, "P1")).FullName, name));
    }

    [Test]
    public void A_PWS_KIA_form_gives_the_figures_of_its_contract_twin()
    {
        Form("pws_kia_2025-03.xlsx", "Maret 2025",
            [1, "Banjaran", 3, 2, 1, null, null, 2, 0],
            [2, "Desa Bentar", 1, 1, null, 2, null, null, null]);
        twin.Kontrak.NewInbox().File("P1/agregat_2025-03.csv", "kode_desa,tahun,bulan,layanan,jumlah",
            $"{Banjaran},2025,3,ANC_K1,3", $"{Banjaran},2025,3,ANC_K4,1", $"{Banjaran},2025,3,KN1,2", $"{Banjaran},2025,3,KN_LENGKAP,0",
            $"{Bentar},2025,3,ANC_K1,1", $"{Bentar},2025,3,PERSALINAN_FASKES,2");

        twin.ImportBoth();

        twin.AssertSameFigures(["K1", "K4", "PF", "KN1", "KN_LENGKAP"], ["2025-03"], spmSampaiBulan: 3);
        Assert.Multiple(() =>
        {
            Assert.That(Village(PwsExport(twin.Profil, "K1", "2025-03"), Banjaran), Does.StartWith($"{Banjaran},Banjaran,10,3,3,").And.EndWith(",100.00"));
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM agregat").Single(), Is.EqualTo(6), "murni is part of akses, not counted again");
            Assert.That(twin.Profil.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
        });
    }

    [Test]
    public void A_village_name_the_puskesmas_area_does_not_know_waits_in_the_karantina_for_its_mapping()
    {
        Form("pws_kia_2025-03.xlsx", "Maret 2025", [1, "Kampung Baru", 3, null, null, null, null, null, null]);

        twin.Profil.Import();

        Assert.That(twin.Profil.Query<(string, string, string)>("SELECT kolom, jenis, nilai FROM karantina_pemetaan"),
            Is.EqualTo(new[] { ("Desa", "desa", "kampung baru") }));
    }
}
