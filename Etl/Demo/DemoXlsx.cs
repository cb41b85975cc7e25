using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pws.Etl.Demo;

/// <summary>Writes a sheet as a puskesmas application exports it to Excel: text cells, and dates as real
/// Excel date cells. Streamed with the SAX writer, so a large month stays cheap.</summary>
internal static class DemoXlsx
{
    private const uint DateStyle = 1;

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        // Fixed relationship ids: the SDK would pick random ones, and the demo must be the same every time.
        var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
        workbook.AddNewPart<WorkbookStylesPart>("rId2").Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheet = workbook.AddNewPart<WorksheetPart>("rId3");
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            uint row = 0;
            foreach (var values in rows.Prepend(header.Cast<object?>().ToArray()))
            {
                writer.WriteStartElement(new Row { RowIndex = ++row });
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{row}";
                    switch (values[c])
                    {
                        case null or "": break;
                        case DateOnly date:
                            writer.WriteElement(new Cell
                            {
                                CellReference = reference, StyleIndex = DateStyle,
                                CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            });
                            break;
                        case var value:
                            writer.WriteElement(new Cell
                            {
                                CellReference = reference, DataType = CellValues.InlineString,
                                InlineString = new InlineString(new Text(value.ToString()!)),
                            });
                            break;
                    }
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Data" }));
    }
}
