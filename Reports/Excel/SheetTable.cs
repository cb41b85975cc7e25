using ClosedXML.Excel;
using Pws.Reports.Definitions;

namespace Pws.Reports.Excel;

/// <summary>Writes one table for people: a title, what was filtered and when the data is from, then a
/// frozen, filterable header and typed cells (numbers stay numbers) in Indonesian display formats, with
/// widths set from the content (AdjustToContents needs libgdiplus, which servers lack).</summary>
public static class SheetTable
{
    public const int HeaderRow = 4;
    // [$-421] tags the format as Indonesian, so 1.234,50 shows whatever the reader's machine locale.
    public const string IntegerFormat = "[$-421]#,##0";
    public const string PercentFormat = "[$-421]#,##0.00";

    public static IXLRange Write(IXLWorksheet sheet, string title, string description, string stamp, ReportTable table) =>
        Write(sheet, title, description, stamp, table.Columns, table.Rows);

    public static IXLRange Write(IXLWorksheet sheet, string title, string description, string stamp,
        IReadOnlyList<ReportColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        sheet.Cell(1, 1).Value = title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = description;
        sheet.Cell(3, 1).Value = stamp;
        sheet.Cell(3, 1).Style.Font.Italic = true;
        sheet.Cell(3, 1).Style.Font.FontColor = XLColor.Gray;

        var widths = columns.Select(c => (double)Math.Max(c.Name.Length, 6)).ToArray();
        for (var c = 0; c < columns.Count; c++) sheet.Cell(HeaderRow, c + 1).Value = columns[c].Name;

        var row = HeaderRow;
        foreach (var values in rows)
        {
            row++;
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                var value = values[c];
                switch (value)
                {
                    case null: break;
                    case string text: cell.SetValue(text); break;
                    case double number: cell.SetValue(Math.Round(number, 2)); break;
                    case int number: cell.SetValue(number); break;
                    case long number: cell.SetValue(number); break;
                    default: cell.SetValue(value.ToString()); break;
                }
                widths[c] = Math.Max(widths[c], value switch
                {
                    null => 0,
                    string text => text.Length,
                    _ => 10,
                });
            }
        }

        var header = sheet.Range(HeaderRow, 1, HeaderRow, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E0F2F1");
        header.Style.Alignment.WrapText = true;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = sheet.Column(c + 1);
            column.Width = Math.Min(columns[c].Width ?? widths[c] + 2, 60);
            if (row > HeaderRow)
            {
                var format = columns[c].Kind switch
                {
                    ColumnKind.Integer => IntegerFormat,
                    ColumnKind.Percent => PercentFormat,
                    _ => null,
                };
                if (format is not null) sheet.Range(HeaderRow + 1, c + 1, row, c + 1).Style.NumberFormat.Format = format;
            }
        }
        sheet.Range(HeaderRow, 1, Math.Max(row, HeaderRow), columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
        PrintSetup(sheet);
        return sheet.Range(HeaderRow + 1, 1, Math.Max(row, HeaderRow + 1), columns.Count);
    }

    /// <summary>A4 landscape, one page wide, the header repeated on every page.</summary>
    public static void PrintSetup(IXLWorksheet sheet)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        sheet.PageSetup.Margins.Left = 0.4;
        sheet.PageSetup.Margins.Right = 0.4;
    }
}
