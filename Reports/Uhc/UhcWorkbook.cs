using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;

namespace Pws.Reports.Uhc;

/// <summary>JKN participation per village with the UHC level, and the kabupaten summary.</summary>
public static class UhcWorkbook
{
    /// <param name="villages">The report's table; <paramref name="total"/> the same columns for the area's total.</param>
    public static void Write(Stream output, ReportTable villages, ReportTable total, IReadOnlyList<UhcRow> rows, string period, string stamp)
    {
        using var workbook = new XLWorkbook();
        var bodies = new SheetBodies();
        var sheet = workbook.AddWorksheet("Desa");
        var range = SheetTable.Write(sheet, "Kepesertaan dan keaktifan JKN per desa", period, stamp, InWords(villages), bodies);
        var column = villages.Columns.Count;
        var status = sheet.Range(range.FirstRow().RowNumber(), column, range.LastRow().RowNumber(), column);
        status.AddConditionalFormat().WhenEquals($"\"{UhcPeta.Status["UHC_PRIORITAS"].Label}\"").Fill.SetBackgroundColor(XLColor.FromHtml("#A5D6A7"));
        status.AddConditionalFormat().WhenEquals($"\"{UhcPeta.Status["UHC"].Label}\"").Fill.SetBackgroundColor(XLColor.FromHtml("#E6EE9C"));
        status.AddConditionalFormat().WhenEquals($"\"{UhcPeta.Status["BELUM_UHC"].Label}\"").Fill.SetBackgroundColor(XLColor.FromHtml("#EF9A9A"));

        var summary = workbook.AddWorksheet("Ringkasan");
        SheetTable.Write(summary, "Ringkasan UHC kabupaten", period, stamp, InWords(total));
        var counts = rows.GroupBy(r => Word(r.StatusUhc) ?? "Data JKN belum ada").OrderBy(g => g.Key).ToList();
        var at = SheetTable.HeaderRow + 3;
        summary.Cell(at, 1).Value = "Jumlah desa per status";
        summary.Cell(at, 1).Style.Font.Bold = true;
        foreach (var group in counts)
        {
            at++;
            summary.Cell(at, 1).Value = group.Key;
            summary.Cell(at, 2).Value = group.Count();
        }
        WorkbookFile.Save(workbook, output, bodies: bodies);
    }

    private static ReportTable InWords(ReportTable table) => table.Map("status_uhc", v => Word(v as string));

    private static string? Word(string? status) => status is not null && UhcPeta.Status.TryGetValue(status, out var s) ? s.Label : status;
}
