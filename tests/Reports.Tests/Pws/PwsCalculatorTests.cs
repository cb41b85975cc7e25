using Pws.Reports.Pws;

namespace Pws.Reports.Tests.Pws;

public sealed class PwsCalculatorTests
{
    private static PwsDesa Compute(int? sasaran, int bulanIni, int kumulatif, int bulanLalu, int? sasaranLalu, double target, int bulan) =>
        PwsCalculator.Compute(new PwsMartRow("33.29.01.2001", "Banjaran", sasaran, bulanIni, kumulatif, sasaranLalu, bulanLalu), target, bulan);

    [TestCase(30, 3, 1, PwsStatus.BAIK)]
    [TestCase(30, 1, 3, PwsStatus.KURANG)]
    [TestCase(10, 3, 1, PwsStatus.CUKUP)]
    [TestCase(10, 1, 3, PwsStatus.JELEK)]
    public void Status_combines_cumulative_target_and_the_months_trend(int kumulatif, int bulanIni, int bulanLalu, PwsStatus expected)
    {
        // Target after 3 months of a 100 % year: 25 %; sasaran 100.
        Assert.That(Compute(100, bulanIni, kumulatif, bulanLalu, 100, 100, 3).Status, Is.EqualTo(expected));
    }

    [Test]
    public void A_village_exactly_on_target_is_at_target_despite_repeating_decimals()
    {
        // 95 % x 1/12 = 7.9166... %; 19 of 240 = 7.9166... %.
        var desa = Compute(240, 19, 19, 0, 240, 95, 1);

        Assert.That(desa.Status, Is.EqualTo(PwsStatus.BAIK));
    }

    [Test]
    public void An_equal_coverage_to_last_month_counts_as_naik()
    {
        Assert.That(Compute(10, 1, 1, 1, 10, 100, 6).Status, Is.EqualTo(PwsStatus.CUKUP));
    }

    [TestCase(null)]
    [TestCase(0)]
    public void Without_sasaran_coverage_and_status_are_unknown_never_zero(int? sasaran)
    {
        var desa = Compute(sasaran, 2, 5, 1, 10, 100, 3);

        Assert.Multiple(() =>
        {
            Assert.That(desa.CakupanKumulatif, Is.Null);
            Assert.That(desa.CakupanBulanIni, Is.Null);
            Assert.That(desa.Status, Is.Null);
            Assert.That(desa.Kumulatif, Is.EqualTo(5));
            Assert.That(desa.TargetKumulatif, Is.EqualTo(25));
        });
    }

    [Test]
    public void Last_months_coverage_uses_last_months_sasaran()
    {
        var desa = Compute(10, 1, 3, 2, 8, 100, 1);

        Assert.That(desa.CakupanBulanLalu, Is.EqualTo(25.0));
    }
}

public sealed class UciTests
{
    private static PwsDesa Idl(int? sasaran, int kumulatif) =>
        PwsCalculator.Compute(new PwsMartRow("33.29.01.2001", "Banjaran", sasaran, 0, kumulatif, sasaran, 0), 95, 12);

    [TestCase(100, 80, true)]
    [TestCase(100, 79, false)]
    [TestCase(7, 6, true)]
    public void A_village_is_UCI_when_its_full_year_IDL_coverage_reaches_the_threshold(int sasaran, int idl, bool uci)
    {
        Assert.That(Uci.IsUci(Idl(sasaran, idl), 80), Is.EqualTo(uci));
    }

    [Test]
    public void Without_sasaran_UCI_is_unknown()
    {
        Assert.That(Uci.IsUci(Idl(null, 10), 80), Is.Null);
    }
}
