using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pws.Reports.Tests.Excel;

/// <summary>Reads a sheet's cells with the Open XML SDK: ClosedXML cannot open a workbook holding
/// pictures without libgdiplus.</summary>
public sealed class SheetCells
{
    public sealed record Value(string Text, bool IsNumber);

    private readonly Dictionary<(int Row, int Column), Value> cells = [];

    public IReadOnlyList<string> SheetNames { get; }

    public SheetCells(string path, string? sheetName = null)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Descendants<Sheet>().ToList();
        SheetNames = sheets.Select(s => s.Name!.Value!).ToList();
        var sheet = sheetName is null ? sheets[0] : sheets.Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            var reference = cell.CellReference!.Value!;
            var letters = new string(reference.TakeWhile(char.IsLetter).ToArray());
            var column = letters.Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1);
            var row = int.Parse(reference[letters.Length..]);
            var type = cell.DataType?.Value;
            var text = type == CellValues.SharedString ? (cell.CellValue is { } v ? shared[int.Parse(v.Text)] : "")
                : type == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                : cell.CellValue?.Text ?? "";
            cells[(row, column)] = new Value(text, type is null || type == CellValues.Number);
        }
        Part = part;
    }

    public WorksheetPart Part { get; }

    public Value? this[int row, int column] => cells.GetValueOrDefault((row, column));

    public IEnumerable<Value> Values => cells.Values;
}
