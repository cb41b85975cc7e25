using Pws.Reports.Agregat;
using ClosedXML.Excel;
using Pws.Core.Catalog;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Spm;

/// <summary>The SPM workbook Bappeda budgets from: the requested level as a plain table, then a sheet per
/// level with the 12 services as columns (sasaran, terlayani, capaian, kekurangan), totals, capaian in
/// colour, and a sheet of definitions.</summary>
public static class SpmWorkbook
{
    public static void Write(Stream output, ReportTable requested, Tingkat tingkat,
        IReadOnlyList<(Tingkat Level, IReadOnlyList<SpmRow> Rows)> levels, IReadOnlyList<Indikator> services, string period, string stamp)
    {
        using var workbook = new XLWorkbook();
        var bodies = new SheetBodies();
        var data = workbook.AddWorksheet("Data");
        var porsi = levels.SelectMany(l => l.Rows).Select(r => r.PorsiAgregat).DefaultIfEmpty(0).Max();
        var range = SheetTable.Write(data, "Capaian SPM Bidang Kesehatan",
            $"{period}, tingkat {TingkatLabel.Label(tingkat)}." + PorsiAgregat.Catatan(porsi, "terlayani sebagian wilayah dan pelayanan"), stamp, requested, bodies);
        var capaian = requested.Columns.ToList().FindIndex(c => c.Name == "capaian") + 1;
        ColourCapaian(data.Range(range.FirstRow().RowNumber(), capaian, range.LastRow().RowNumber(), capaian));

        foreach (var (level, rows) in levels) WideSheet(workbook.AddWorksheet(TingkatLabel.Label(level)), level, rows, services, period, stamp, bodies);
        Definitions(workbook.AddWorksheet("Definisi"), services, stamp);
        WorkbookFile.Save(workbook, output, bodies: bodies);
    }

    private static void WideSheet(IXLWorksheet sheet, Tingkat level, IReadOnlyList<SpmRow> rows, IReadOnlyList<Indikator> services,
        string period, string stamp, SheetBodies bodies)
    {
        var columns = new List<ReportColumn> { new("kode_wilayah"), new("nama_wilayah") };
        foreach (var service in services)
        {
            columns.Add(new($"{service.Kode} sasaran", ColumnKind.Integer, 11));
            columns.Add(new($"{service.Kode} terlayani", ColumnKind.Integer, 11));
            columns.Add(new($"{service.Kode} capaian (%)", ColumnKind.Percent, 11));
            columns.Add(new($"{service.Kode} kekurangan", ColumnKind.Integer, 11));
        }
        var areas = rows.GroupBy(r => (r.KodeWilayah, r.NamaWilayah)).ToList();
        var table = areas.Select(area =>
        {
            var byService = area.ToDictionary(r => r.KodeSpm);
            var values = new List<object?> { area.Key.KodeWilayah, area.Key.NamaWilayah };
            foreach (var service in services)
            {
                var r = byService.GetValueOrDefault(service.Kode);
                values.AddRange([r?.Sasaran, r?.Terlayani, r?.Capaian, r?.Kekurangan]);
            }
            return (IReadOnlyList<object?>)values;
        }).ToList();
        if (areas.Count > 1) table.Add(Totals(rows, services));

        var range = SheetTable.Write(sheet, $"Capaian SPM per {TingkatLabel.Label(level).ToLowerInvariant()}", period, stamp, columns, table, bodies);
        for (var s = 0; s < services.Count; s++)
        {
            var column = 3 + s * 4 + 2;
            ColourCapaian(sheet.Range(range.FirstRow().RowNumber(), column, range.LastRow().RowNumber(), column));
        }
        if (areas.Count > 1) range.LastRow().Style.Font.Bold = true;
        sheet.SheetView.FreezeColumns(2);
        SheetTable.PrintInColumnBlocks(sheet, fixedColumns: 2, blockColumns: ServicesPerPrintedPage * 4);
    }

    /// <summary>Three services' four columns a printed page, beside the area's code and name.</summary>
    private const int ServicesPerPrintedPage = 3;

    /// <summary>The level's total row: sums of its areas; capaian recomputed from the sums.</summary>
    private static IReadOnlyList<object?> Totals(IReadOnlyList<SpmRow> rows, IReadOnlyList<Indikator> services)
    {
        var values = new List<object?> { "", "Jumlah" };
        foreach (var service in services)
        {
            var serviceRows = rows.Where(r => r.KodeSpm == service.Kode).ToList();
            var known = serviceRows.Where(r => r.Sasaran is not null).ToList();
            int? sasaran = known.Count > 0 ? known.Sum(r => r.Sasaran!.Value) : null;
            var terlayani = serviceRows.Sum(r => r.Terlayani);
            values.AddRange([sasaran, terlayani, sasaran is > 0 ? terlayani * 100.0 / sasaran.Value : null,
                known.Count > 0 ? known.Sum(r => r.Kekurangan ?? 0) : null]);
        }
        return values;
    }

    /// <summary>Capaian in the colours of <see cref="CapaianColors"/>, the page's colours.</summary>
    private static void ColourCapaian(IXLRange range)
    {
        foreach (var band in CapaianColors.Bands)
        {
            var format = range.AddConditionalFormat();
            var style = band.Upper is { } upper ? format.WhenBetween(band.Lower, upper - 0.001) : format.WhenEqualOrGreaterThan(band.Lower);
            style.Fill.SetBackgroundColor(XLColor.FromHtml(band.Colour));
        }
    }

    private static void Definitions(IXLWorksheet sheet, IReadOnlyList<Indikator> services, string stamp)
    {
        SheetTable.Write(sheet, "Definisi", "Permenkes 4/2019: 12 pelayanan dasar SPM bidang kesehatan, target 100 %. " +
            "Terlayani = orang (bukan kunjungan) yang dilayani sejak Januari; capaian = terlayani / sasaran x 100; " +
            "kekurangan = jumlah per desa dari max(sasaran - terlayani, 0).", stamp,
            ReportTable.Of<Indikator>(
            [
                new("kode_spm", ColumnKind.Text, s => s.Kode), new("pelayanan", ColumnKind.Text, s => s.Nama),
                new("layanan_dihitung", ColumnKind.Text, s => string.Join(", ", s.Layanan)), new("sasaran", ColumnKind.Text, s => s.Sasaran),
                new("target", ColumnKind.Percent, s => s.Target),
            ], services));
    }
}
