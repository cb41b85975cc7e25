using Pws.Reports.Spm;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Tests.Spm;

public sealed class SpmModelTests
{
    [Test]
    public void The_total_row_counts_everyone_served_and_takes_capaian_and_kekurangan_from_areas_with_sasaran()
    {
        var model = new SpmModel(2026, 10, Tingkat.Kecamatan,
        [
            new SpmRow("33.29.01", "Salem", "SPM01", "Ibu hamil", 100, 80, 80, 20),
            new SpmRow("33.29.02", "Bantarkawung", "SPM01", "Ibu hamil", 50, 60, 120, 0),
            new SpmRow("33.29.03", "Bumiayu", "SPM01", "Ibu hamil", null, 7, null, null),
            new SpmRow("33.29.01", "Salem", "SPM02", "Ibu bersalin", 10, 1, 10, 9),
        ], null, [Tingkat.Kabupaten, Tingkat.Kecamatan]);

        var jumlah = model.Jumlah("SPM01", "Ibu hamil");

        Assert.That((jumlah.Sasaran, jumlah.Terlayani, jumlah.Capaian, jumlah.Kekurangan), Is.EqualTo(((int?)150, 147, (double?)(140 * 100.0 / 150), (int?)20)));
    }
}
