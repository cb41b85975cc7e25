using Pws.Etl.Inbox;
using Pws.Etl.Pseudonymization;
using Pws.Etl.Validation;
using Pws.Core.Catalog;

namespace Pws.Etl.Tests.Validation;

public sealed class SkriningRulesTests
{
    private static readonly RowContext Context = new("P1", new HashSet<string> { "33.29.01.2001" }, "33.29",
        IndicatorCatalog.Load().Layanan, new DateOnly(2025, 6, 30), new Pseudonymizer(new byte[32]));

    private static SourceRecord Row(Action<Dictionary<string, string>>? change = null)
    {
        var values = new Dictionary<string, string>
        {
            ["id_skrining"] = "S-1", ["tanggal"] = "2025-03-01", ["kode_puskesmas"] = "P1", ["nik"] = "3329014303040356",
            ["tanggal_lahir"] = "1960-03-01", ["kode_desa"] = "3329012001", ["sistolik"] = "145", ["diastolik"] = "92,5",
            ["gula_darah_sewaktu"] = "", ["kolesterol_total"] = "", ["skrining_tb"] = "T", ["skrining_kusta"] = "",
            ["kegiatan"] = "cek_serentak", ["dirujuk"] = "Y",
        };
        change?.Invoke(values);
        return new SourceRecord(2, values, "");
    }

    [Test]
    public void A_screening_keeps_its_measurements_flags_and_activity()
    {
        var (row, problems) = SkriningRules.Check(Row(), Context);

        Assert.That(problems, Is.Empty);
        Assert.That((row!.Sistolik, row.Diastolik, row.GulaDarahSewaktu, row.SkriningTb, row.SkriningKusta, row.Dirujuk, row.Kegiatan),
            Is.EqualTo(((double?)145, (double?)92.5, (double?)null, (bool?)false, (bool?)null, (bool?)true, "CEK_SERENTAK")));
    }

    [Test]
    public void A_screening_without_any_measurement_still_counts()
    {
        var (row, problems) = SkriningRules.Check(Row(v => { v["sistolik"] = ""; v["diastolik"] = ""; v["skrining_tb"] = ""; }), Context);

        Assert.That(problems, Is.Empty);
        Assert.That(row, Is.Not.Null);
    }

    [TestCase("sistolik", "49", "di luar rentang")]
    [TestCase("sistolik", "301", "di luar rentang")]
    [TestCase("diastolik", "29", "di luar rentang")]
    [TestCase("gula_darah_sewaktu", "801", "di luar rentang")]
    [TestCase("kolesterol_total", "49,9", "di luar rentang")]
    [TestCase("kolesterol_total", "tinggi", "bukan angka")]
    [TestCase("skrining_tb", "ya", "harus Y, T atau kosong")]
    [TestCase("dirujuk", "1", "harus Y, T atau kosong")]
    [TestCase("tanggal_lahir", "", "wajib diisi")]
    public void An_implausible_value_rejects_the_screening_naming_the_column(string column, string value, string reason)
    {
        var (row, problems) = SkriningRules.Check(Row(v => v[column] = value), Context);

        Assert.That(row, Is.Null);
        Assert.That(problems[0].Kolom, Is.EqualTo(column));
        Assert.That(problems[0].Alasan, Does.Contain(reason));
    }

    [TestCase("sistolik", "50")]
    [TestCase("sistolik", "300")]
    [TestCase("gula_darah_sewaktu", "20")]
    [TestCase("kolesterol_total", "700")]
    public void The_range_limits_themselves_are_plausible(string column, string value)
    {
        Assert.That(SkriningRules.Check(Row(v => v[column] = value), Context).Problems, Is.Empty);
    }
}
