using ClosedXML.Excel;
using Pws.Reports.Excel;

namespace Pws.Reports.KualitasData;

public static class KarantinaWorkbook
{
    private static readonly XlsxColumn[] Columns =
        [new("sumber"), new("baris", CellKind.Integer), new("kolom"), new("alasan", Width: 60), new("isi", Width: 60)];

    public static void Write(Stream output, IReadOnlyList<KarantinaEntry> entries, string stamp)
    {
        using var workbook = new XLWorkbook();
        SheetTable.Write(workbook.AddWorksheet("Karantina"), "Karantina data",
            $"{entries.Count} baris atau berkas ditolak; NIK disamarkan kecuali 4 digit terakhir.", stamp, Columns,
            entries.Select(e => (IReadOnlyList<object?>)[e.Sumber, e.Baris, e.Kolom, e.Alasan, e.Isi]));
        WorkbookFile.Save(workbook, output);
    }
}
