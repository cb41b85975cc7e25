using static Pws.Etl.Tests.Agregat.AgregatFixture;

namespace Pws.Etl.Tests.Agregat;

/// <summary>Counts sent again replace the earlier ones (a correction lowers a figure), bad counts are quarantined with
/// file, line, column and reason while the rest of the file loads, and the summary says which counts people replaced.</summary>
public sealed class AgregatInputTests
{
    private AgregatFixture fixture = null!;

    [SetUp] public void Create() => fixture = new AgregatFixture();
    [TearDown] public void Delete() => fixture.Dispose();

    private string Kumulatif(string desa) => Row(fixture.Export("pws", "--indikator", "K1", "--periode", "2026-03"), "kode_desa", desa)["kumulatif"];

    [Test]
    public void A_count_sent_again_replaces_the_earlier_one_also_when_it_is_lower()
    {
        fixture.Warehouse.Import();
        Assume.That(Kumulatif(Bangbayang), Is.EqualTo("10"));

        // The puskesmas corrects January in Bangbayang from 5 to 2, in a later file of a later run.
        fixture.Warehouse.NewInbox().File("P2/agregat_koreksi_2026-01.csv", "kode_desa,tahun,bulan,layanan,jumlah", $"{Bangbayang},2026,1,ANC_K1,2");
        Assert.That(fixture.Warehouse.Import().Failed.Select(s => s.Error), Is.Empty);

        Assert.Multiple(() =>
        {
            Assert.That(Kumulatif(Bangbayang), Is.EqualTo("7"));
            Assert.That(fixture.Warehouse.Query<long>("SELECT count(*) FROM agregat WHERE kode_desa = $desa AND bulan = 1 AND layanan = 'ANC_K1'",
                new { desa = Bangbayang }).Single(), Is.EqualTo(1), "one count per puskesmas, village, month and service");
        });
    }

    [Test]
    public void Within_one_run_the_last_file_read_wins()
    {
        fixture.Warehouse.NewInbox().File("P2/agregat_2026-zz.csv", "kode_desa,tahun,bulan,layanan,jumlah", $"{Bangbayang},2026,2,ANC_K1,0");

        fixture.Warehouse.Import();

        Assert.That(Kumulatif(Bangbayang), Is.EqualTo("6"), "5 in January, February's count corrected to 0, the P1 mother stays");
    }

    [Test]
    public void Bad_counts_are_quarantined_with_their_reason_and_the_good_rows_of_the_file_load()
    {
        fixture.Warehouse.NewInbox().File("P2/agregat_2026-04.csv", "kode_desa,tahun,bulan,layanan,jumlah",
            $"{Bangbayang},2026,4,ANC_K1,7",
            "33.29.99.2999,2026,4,ANC_K1,1",
            $"{Bangbayang},2026,4,ANC_K9,1",
            $"{Banjarsari},2026,4,ANC_K1,-3",
            $"{Banjarsari},2026,4,ANC_K4,2.5",
            $"{Banjarsari},2027,1,ANC_K1,1",
            $"{Bangbayang},2026,5,ANC_K1,46",
            $"{Bangbayang},2026,6,ANC_K1,45");

        var summary = fixture.Warehouse.Import();
        var karantina = fixture.Warehouse.Query<(string Sumber, int Baris, string Kolom, string Alasan)>(
            "SELECT sumber, baris, kolom, alasan FROM karantina WHERE sumber = 'P2/agregat_2026-04.csv' ORDER BY baris");
        var april = Row(fixture.Export("pws", "--indikator", "K1", "--periode", "2026-06"), "kode_desa", Bangbayang);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Failed, Is.Empty);
            Assert.That(karantina.Select(k => (k.Baris, k.Kolom)), Is.EqualTo(new[]
            {
                (3, "kode_desa"), (4, "layanan"), (5, "jumlah"), (6, "jumlah"), (7, "bulan"), (8, "jumlah"),
            }));
            Assert.That(karantina[0].Alasan, Does.Contain("33.29.99.2999"));
            Assert.That(karantina[2].Alasan, Does.Contain("negatif"));
            Assert.That(karantina[3].Alasan, Does.Contain("bukan bilangan bulat"));
            Assert.That(karantina[4].Alasan, Does.Contain("masa depan"));
            Assert.That(karantina[5].Alasan, Does.Contain("1,5 kali sasaran IBU_HAMIL").And.Contain("(30)"));
            // 10 to March, 7 in April and 45 (exactly 1.5 times the sasaran of 30) in June load.
            Assert.That(april["kumulatif"], Is.EqualTo("62"));
        });
    }

    [Test]
    public void The_summary_says_which_counts_the_puskesmas_also_sent_as_people()
    {
        var summary = fixture.Warehouse.Import();

        Assert.That(summary.Sources.Single(s => s.Source.KodePuskesmas == "P2").Notes,
            Has.One.Contains("2 baris agregat tidak dihitung").And.Contains("ANC_K1 2026-03"));
    }

    [Test]
    public void An_agregat_file_without_its_required_columns_is_quarantined_whole()
    {
        fixture.Warehouse.NewInbox().File("P2/agregat_salah.csv", "desa,jumlah", $"{Bangbayang},3");

        fixture.Warehouse.Import();

        Assert.That(fixture.Warehouse.Query<(string, int?)>("SELECT sumber, baris FROM karantina WHERE sumber = 'P2/agregat_salah.csv'"),
            Is.EqualTo(new[] { ("P2/agregat_salah.csv", (int?)null) }));
    }
}
