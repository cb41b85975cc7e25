using Pws.Core.Catalog;
using Pws.Etl.Inbox;
using Pws.Etl.Pseudonymization;
using Pws.Etl.Validation;

namespace Pws.Etl.Tests.Validation;

public sealed class AgregatRulesTests
{
    private static readonly IndicatorCatalog Catalog = IndicatorCatalog.Load();

    private static readonly RowContext Context = new("P1", new HashSet<string> { "33.29.01.2001" }, "33.29", Catalog.Layanan,
        new DateOnly(2026, 11, 30), new Pseudonymizer(new byte[32]));

    private static SourceRecord Row(params (string Column, string Value)[] values) =>
        new(2, values.ToDictionary(v => v.Column, v => v.Value), "", NumberCells: new HashSet<string> { "jumlah_angka" });

    private static (AgregatRow?, AgregatSkriningRow?, List<RowProblem>) Check(params (string, string)[] values) =>
        AgregatRules.Check(Row(values), Context, BatasSasaran.Empty(Catalog));

    [TestCase("3", 3)]
    [TestCase("03", 3)]
    [TestCase("Maret", 3)]
    [TestCase("mar", 3)]
    [TestCase("Nopember", 11)]
    [TestCase("2026-03-01", 3)]
    [TestCase("2026-03", 3)]
    public void The_month_is_a_number_a_name_or_a_date(string bulan, int expected)
    {
        var (count, _, problems) = Check(("kode_desa", "3329012001"), ("tahun", "2026"), ("bulan", bulan), ("layanan", "anc_k1"), ("jumlah", "4"));

        Assert.That(problems, Is.Empty);
        Assert.That(count, Is.EqualTo(new AgregatRow("P1", "33.29.01.2001", 2026, expected, "ANC_K1", 4)));
    }

    [Test]
    public void One_date_gives_the_year_and_the_month()
    {
        var (count, _, problems) = Check(("kode_desa", "33.29.01.2001"), ("tahun", "2026-05-01"), ("bulan", "2026-05-01"), ("layanan", "KN1"), ("jumlah", "0"));

        Assert.That(problems, Is.Empty);
        Assert.That((count!.Tahun, count.Bulan, count.Jumlah), Is.EqualTo((2026, 5, 0)));
    }

    [TestCase("tekanan_darah_tinggi", "TEKANAN_DARAH")]
    [TestCase("Gula Darah Sewaktu", "GULA_DARAH")]
    [TestCase("terduga_tb", "TB")]
    [TestCase("KUSTA", "KUSTA")]
    public void A_recap_measurement_is_known_by_its_flag_and_column_names_too(string ukuran, string expected)
    {
        var (_, recap, problems) = Check(("kode_desa", "33.29.01.2001"), ("tahun", "2026"), ("bulan", "4"), ("ukuran", ukuran),
            ("diskrining", "20"), ("ditandai", "3"));

        Assert.That(problems, Is.Empty);
        Assert.That(recap, Is.EqualTo(new AgregatSkriningRow("P1", "33.29.01.2001", 2026, 4, expected, 20, 3)));
    }

    [Test]
    public void A_recap_line_without_a_measurement_is_everyone_screened()
    {
        var (count, recap, problems) = Check(("kode_desa", "33.29.01.2001"), ("tahun", "2026"), ("bulan", "4"), ("diskrining", "25"));

        Assert.That(problems, Is.Empty);
        Assert.That((count, recap), Is.EqualTo(((AgregatRow?)null, new AgregatSkriningRow("P1", "33.29.01.2001", 2026, 4, AgregatRules.Semua, 25, 0))));
    }

    [TestCase("bulan", "13", "bulan")]
    [TestCase("bulan", "12", "bulan")]
    [TestCase("tahun", "1999", "tahun")]
    [TestCase("jumlah", "1.000", "jumlah")]
    [TestCase("jumlah", "", "jumlah")]
    [TestCase("layanan", "K1", "layanan")]
    [TestCase("kode_puskesmas", "P2", "kode_puskesmas")]
    public void A_bad_field_is_named(string column, string value, string expectedColumn)
    {
        var values = new Dictionary<string, string>
        {
            ["kode_desa"] = "33.29.01.2001", ["tahun"] = "2026", ["bulan"] = "6", ["layanan"] = "ANC_K1", ["jumlah"] = "4", [column] = value,
        };

        var (count, _, problems) = Check([.. values.Select(v => (v.Key, v.Value))]);

        Assert.That(count, Is.Null);
        Assert.That(problems.Select(p => p.Kolom), Is.EqualTo(new[] { expectedColumn }));
    }

    [Test]
    public void More_flagged_than_screened_is_refused()
    {
        var (_, recap, problems) = Check(("kode_desa", "33.29.01.2001"), ("tahun", "2026"), ("bulan", "4"), ("ukuran", "GULA_DARAH"),
            ("diskrining", "5"), ("ditandai", "6"));

        Assert.That(recap, Is.Null);
        Assert.That(problems.Single().Alasan, Does.Contain("ditandai 6 lebih dari diskrining 5"));
    }
}
