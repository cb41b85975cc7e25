using Pws.Core.Catalog;
using Pws.Core.Time;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Templat;

/// <summary>The downloadable templates (<c>/ekspor/templat/{jenis}.xlsx</c>): a workbook per file kind whose drop-downs
/// list the catalog's service codes and the villages and puskesmas of the user's area this year.</summary>
[ReportService]
public sealed class TemplatBerkas(AreaRollups rollups, IndicatorCatalog catalog, TimeProvider clock)
{
    public void Write(JenisTemplat jenis, AreaScope scope, Stream output)
    {
        var now = Wib.Now(clock).DateTime;
        var wilayah = TemplatWilayah.Of(scope, rollups.For(now.Year));
        using var workbook = TemplatWorkbook.Create(jenis, wilayah, Layanan(), now);
        WorkbookFile.Save(workbook, output);
    }

    /// <summary>Each service code of the catalog once, in catalog order, with the indicators that count it.</summary>
    private List<(string Kode, string Indikator)> Layanan() =>
        catalog.Indikator.SelectMany(i => i.Layanan.Select(l => (Layanan: l, i.Nama)))
            .GroupBy(x => x.Layanan, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join("; ", g.Select(x => x.Nama))))
            .ToList();
}
