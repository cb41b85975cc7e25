using ClosedXML.Excel;

namespace Pws.Reports.Excel;

public static class WorkbookFile
{
    public static void Save(XLWorkbook workbook, string path, IReadOnlyCollection<SheetPicture>? pictures = null, SheetBodies? bodies = null)
    {
        using var file = File.Create(path);
        Save(workbook, file, pictures, bodies);
    }

    public static void Save(XLWorkbook workbook, Stream output, IReadOnlyCollection<SheetPicture>? pictures = null, SheetBodies? bodies = null)
    {
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        if (bodies is { IsEmpty: false }) bodies.WriteInto(buffer);
        PrintTitles.MakeAbsolute(buffer);
        if (pictures is { Count: > 0 }) PicturePlacer.Place(buffer, pictures);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
