using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;

namespace Pws.Reports.KualitasData;

public static class KarantinaWorkbook
{
    public static void Write(Stream output, ReportTable table, string stamp)
    {
        using var workbook = new XLWorkbook();
        var bodies = new SheetBodies();
        SheetTable.Write(workbook.AddWorksheet("Karantina"), "Karantina data",
            $"{table.Rows.Count} baris atau berkas ditolak; NIK disamarkan kecuali 4 digit terakhir.", stamp, table, bodies);
        WorkbookFile.Save(workbook, output, bodies: bodies);
    }
}
