using Pws.Core.Catalog;

namespace Pws.Core.Tests.Catalog;

public sealed class IndicatorCatalogTests
{
    [Test]
    public void The_shipped_catalog_holds_the_ten_PWS_indicators_and_the_twelve_SPM_services_of_docs_domain_md()
    {
        var catalog = IndicatorCatalog.Load();

        Assert.That(catalog.Kelompok("PWS").Select(i => i.Kode), Is.EqualTo(new[]
            { "K1", "K4", "K6", "PF", "KF_LENGKAP", "KN1", "KN_LENGKAP", "KUNJUNGAN_BAYI", "IDL", "DITIMBANG" }));
        Assert.That(catalog.Kelompok("SPM").Select(i => i.Kode), Is.EqualTo(Enumerable.Range(1, 12).Select(n => $"SPM{n:D2}")));
        Assert.That(catalog.Get("K6").Target, Is.EqualTo(90));
        Assert.That(catalog.Get("SPM03").Sasaran, Is.EqualTo("BAYI_BARU_LAHIR"));
    }
}
