using Pws.Reports.Pws;

namespace Pws.Reports.Tests.Pws;

/// <summary>docs/domain.md, "Projections", worked by hand.</summary>
public sealed class PwsProyeksiTests
{
    [Test]
    public void The_pace_is_the_mean_of_the_last_three_months_carried_to_December()
    {
        // June: 40 people so far; April to June 6, 9 and 3 (mean 6); six months left: 40 + 36 = 76 of 100.
        var proyeksi = PwsProyeksi.Of([5, 8, 9, 6, 9, 3], 40, 100, 95);

        Assert.That(proyeksi, Is.EqualTo(new PwsProyeksi(76.00, 10, TidakTerjangkau: true)),
            "ceil((95 - 40) / 6) = 10 a month, more than the best month (9)");
    }

    [Test]
    public void Early_in_the_year_the_months_there_are_make_the_pace()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PwsProyeksi.Of([3], 3, 10, 100), Is.EqualTo(new PwsProyeksi(360.00, 1, false)), "(3 + 3 x 11) / 10");
            Assert.That(PwsProyeksi.Of([1, 2], 3, 30, 90), Is.EqualTo(new PwsProyeksi(60.00, 3, true)),
                "(3 + 1.5 x 10) / 30; ceil((27 - 3) / 10) = 3, more than February's 2");
        });
    }

    [Test]
    public void A_village_exactly_at_its_target_needs_nobody_more()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PwsProyeksi.Of([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 57, 60, 95)?.PerluPerBulan, Is.Zero, "95 % of 60 is 57 exactly");
            Assert.That(PwsProyeksi.Of([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 55, 58, 95)?.PerluPerBulan, Is.EqualTo(1), "95 % of 58 is 55.1");
        });
    }

    [Test]
    public void In_December_and_without_sasaran_there_is_no_projection()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PwsProyeksi.Of(Enumerable.Repeat(1, 12).ToList(), 12, 10, 100), Is.Null);
            Assert.That(PwsProyeksi.Of([1, 2, 3], 6, null, 100), Is.Null);
            Assert.That(PwsProyeksi.Of([1, 2, 3], 6, 0, 100), Is.Null);
        });
    }
}
