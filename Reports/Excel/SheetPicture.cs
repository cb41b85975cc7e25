using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;

namespace Pws.Reports.Excel;

/// <summary>A PNG to place on a sheet, anchored at a cell (0-based) and sized in pixels.</summary>
public sealed record SheetPicture(string SheetName, byte[] Png, int Column, int Row, int WidthPixels, int HeightPixels);

/// <summary>Places pictures with the Open XML SDK after ClosedXML has saved the workbook: ClosedXML's own
/// AddPicture needs libgdiplus (System.Drawing), which a Linux server does not have.</summary>
public static class PicturePlacer
{
    private const long EmuPerPixel = 9525;

    public static void Place(Stream workbook, IEnumerable<SheetPicture> pictures)
    {
        using var document = SpreadsheetDocument.Open(workbook, true);
        var workbookPart = document.WorkbookPart!;
        uint id = 1;
        foreach (var picture in pictures)
        {
            var sheet = workbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == picture.SheetName);
            var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var drawingsPart = worksheetPart.DrawingsPart ?? AddDrawing(worksheetPart);
            var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(picture.Png)) imagePart.FeedData(png);
            drawingsPart.WorksheetDrawing!.Append(Anchor(picture, drawingsPart.GetIdOfPart(imagePart), id++));
            drawingsPart.WorksheetDrawing.Save();
        }
    }

    private static DrawingsPart AddDrawing(WorksheetPart worksheetPart)
    {
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing();
        var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) };
        // The schema orders a worksheet's children: <drawing> goes after the page setup elements.
        var after = worksheetPart.Worksheet.Elements<OpenXmlElement>()
            .LastOrDefault(e => e is PageMargins or PageSetup or HeaderFooter or RowBreaks or ColumnBreaks);
        if (after is null) worksheetPart.Worksheet.Append(drawing);
        else after.InsertAfterSelf(drawing);
        return drawingsPart;
    }

    private static Xdr.OneCellAnchor Anchor(SheetPicture picture, string relationshipId, uint id) => new(
        new Xdr.FromMarker(
            new Xdr.ColumnId(picture.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(picture.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0")),
        new Xdr.Extent { Cx = picture.WidthPixels * EmuPerPixel, Cy = picture.HeightPixels * EmuPerPixel },
        new Xdr.Picture(
            new Xdr.NonVisualPictureProperties(
                new Xdr.NonVisualDrawingProperties { Id = id + 1, Name = $"Grafik {id}" },
                new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new Xdr.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
            new Xdr.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 },
                    new A.Extents { Cx = picture.WidthPixels * EmuPerPixel, Cy = picture.HeightPixels * EmuPerPixel }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
        new Xdr.ClientData());
}
