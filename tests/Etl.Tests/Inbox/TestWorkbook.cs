using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pws.Etl.Tests.Inbox;

/// <summary>Writes a real XLSX workbook cell by cell, with the cell types and number formats Excel uses.</summary>
public sealed class TestWorkbook
{
    /// <summary>Cell style indexes (the cell's s attribute) of the workbook's styles.</summary>
    public const uint General = 0, BuiltInDate = 1, CustomDate = 2, BuiltInDateTime = 3, Elapsed = 4, QuotedUnit = 5, LocaleDate = 6;

    private static readonly uint[] NumberFormatOfStyle = [0, 14, 164, 22, 165, 166, 167];

    private readonly List<string> sharedStrings = [];
    private readonly List<(string Name, Row[] Rows)> sheets = [];

    public bool Date1904 { get; init; }

    public TestWorkbook Sheet(string name, params Row[] rows)
    {
        sheets.Add((name, rows));
        return this;
    }

    public static Row Row(uint number, params Cell[] cells)
    {
        var row = new Row { RowIndex = number };
        row.Append(cells);
        return row;
    }

    /// <summary>A text cell in the shared strings table, as Excel writes typed text.</summary>
    public Cell Shared(string reference, string text)
    {
        sharedStrings.Add(text);
        return Value(reference, (sharedStrings.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), CellValues.SharedString);
    }

    /// <summary>An inline string; several runs make rich text.</summary>
    public static Cell Inline(string reference, params string[] runs)
    {
        var inline = new InlineString();
        if (runs.Length == 1) inline.Append(new Text(runs[0]) { Space = SpaceProcessingModeValues.Preserve });
        else inline.Append(runs.Select(run => new Run(new Text(run) { Space = SpaceProcessingModeValues.Preserve })));
        return new Cell(inline) { CellReference = reference, DataType = CellValues.InlineString };
    }

    /// <summary>A cell whose &lt;v&gt; holds <paramref name="raw"/> exactly; a number unless typed otherwise.</summary>
    public static Cell Value(string reference, string raw, CellValues? type = null, uint style = General) =>
        new(new CellValue(raw)) { CellReference = reference, DataType = type, StyleIndex = style == General ? null : style };

    /// <summary>A formula with the result Excel cached when it last calculated.</summary>
    public static Cell Formula(string reference, string formula, string cached, CellValues? type = null) =>
        new(new CellFormula(formula), new CellValue(cached)) { CellReference = reference, DataType = type };

    public void Save(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var workbook = new Workbook(new WorkbookProperties { Date1904 = Date1904 ? true : null }, new Sheets());
        workbookPart.Workbook = workbook;
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable =
            new SharedStringTable(sharedStrings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        uint sheetId = 1;
        foreach (var (name, rows) in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(new SheetData(rows));
            workbook.Sheets!.Append(new Sheet { Name = name, SheetId = sheetId++, Id = workbookPart.GetIdOfPart(worksheetPart) });
        }
    }

    /// <summary>A one-sheet workbook whose rows are written one at a time with the SAX writer, so a large
    /// sheet never sits in memory.</summary>
    public static void SaveStreamed(string path, IEnumerable<Row> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(worksheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            foreach (var row in rows) writer.WriteElement(row);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "data", SheetId = 1, Id = workbookPart.GetIdOfPart(worksheetPart) }));
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "[h]:mm:ss" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "0\" mmHg\"" },
            new NumberingFormat { NumberFormatId = 167, FormatCode = "[$-421]dd mmmm yyyy" }),
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellStyleFormats(new CellFormat()),
        new CellFormats(NumberFormatOfStyle.Select(id => new CellFormat { NumberFormatId = id, ApplyNumberFormat = id != 0 })));
}
