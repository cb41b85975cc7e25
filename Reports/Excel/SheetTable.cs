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

    public static IXLRange Write(IXLWorksheet sheet, string title, string description, string stamp, ReportTable table,
        SheetBodies? bodies = null) =>
        Write(sheet, title, description, stamp, table.Columns, table.Rows, bodies);

    /// <param name="bodies">Where given, the rows between the body's first and last are left to <paramref name="bodies"/>,
    /// written when the workbook is saved; the caller then styles no row between them.</param>
    public static IXLRange Write(IXLWorksheet sheet, string title, string description, string stamp,
        IReadOnlyList<ReportColumn> columns, IEnumerable<IReadOnlyList<object?>> rows, SheetBodies? bodies = null)
    {
        sheet.Cell(1, 1).Value = title;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = description;
        sheet.Cell(3, 1).Value = stamp;
        sheet.Cell(3, 1).Style.Font.Italic = true;
        sheet.Cell(3, 1).Style.Font.FontColor = XLColor.Gray;

        var headings = columns.Select(c => JudulKolom.For(c.Name)).ToArray();
        // Headings wrap, so a long one takes two lines rather than widening its column.
        var widths = headings.Select(h => (double)Math.Clamp(h.Length, 6, 12)).ToArray();
        for (var c = 0; c < columns.Count; c++) sheet.Cell(HeaderRow, c + 1).Value = headings[c];

        var body = rows as IReadOnlyList<IReadOnlyList<object?>> ?? [.. rows];
        var first = HeaderRow + 1;
        var row = HeaderRow + body.Count;
        // ClosedXML holds the first and last body rows; the rows between go to the bodies written at saving.
        var between = bodies is not null && body.Count > 2 ? body.Count - 2 : 0;
        bool HeldByClosedXml(int r) => between == 0 || r == first || r == row;
        for (var i = 0; i < body.Count; i++)
        {
            var values = body[i];
            var r = first + i;
            for (var c = 0; c < columns.Count; c++)
            {
                var value = values[c];
                if (HeldByClosedXml(r)) SetValue(sheet.Cell(r, c + 1), value);
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
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (headings.Any(h => h.Length > 12)) sheet.Row(HeaderRow).Height = 30;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        var heights = new double?[body.Count];
        // Styled where ClosedXML holds the cells: a range over the rows between would make ClosedXML hold them all.
        var held = between == 0 ? new[] { (first, row) } : [(first, first), (row, row)];
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
                if (format is not null)
                {
                    foreach (var (from, to) in held) sheet.Range(from, c + 1, to, c + 1).Style.NumberFormat.Format = format;
                    // A number's heading stands right above it, as the figure is aligned, not over the column to its left.
                    sheet.Cell(HeaderRow, c + 1).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                }
                else if (widths[c] + 2 > column.Width)
                {
                    foreach (var (from, to) in held) sheet.Range(from, c + 1, to, c + 1).Style.Alignment.WrapText = true;
                    WrappedHeights(body, c, column.Width, heights);
                }
            }
        }
        for (var i = 0; i < body.Count; i++)
            if (heights[i] is { } height && HeldByClosedXml(first + i)) sheet.Row(first + i).Height = height;
        if (between > 0) bodies!.Add(sheet.Name, first, columns.Count, new Between(body, between), heights[1..^1]);
        WrapAcrossTable(sheet, columns.Count, [1, 2, 3]);
        sheet.Range(HeaderRow, 1, Math.Max(row, HeaderRow), columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
        PrintSetup(sheet, title, description);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        return sheet.Range(HeaderRow + 1, 1, Math.Max(row, HeaderRow + 1), columns.Count);
    }

    private static void SetValue(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case string text: cell.SetValue(text); break;
            case double number: cell.SetValue(Math.Round(number, 2, MidpointRounding.AwayFromZero)); break;
            case int number: cell.SetValue(number); break;
            case long number: cell.SetValue(number); break;
            default: cell.SetValue(value.ToString()); break;
        }
    }

    /// <summary>Text longer than its column (a quarantined row, a reason, a follow-up list's name) wraps inside it rather
    /// than running over the columns to its right or being cut off where they start. A row given no height keeps one
    /// line in LibreOffice: each is made as tall as its longest wrapped text.</summary>
    private static void WrappedHeights(IReadOnlyList<IReadOnlyList<object?>> body, int column, double width, double?[] heights)
    {
        for (var i = 0; i < body.Count; i++)
        {
            var lines = Math.Ceiling((body[i][column]?.ToString()?.Length ?? 0) / Math.Max(width - 2, 1));
            if (lines > 1) heights[i] = Math.Min(409, Math.Max(heights[i] ?? 0, lines * 13));
        }
    }

    /// <summary>The body's rows without its first and last.</summary>
    private sealed class Between(IReadOnlyList<IReadOnlyList<object?>> body, int count) : IReadOnlyList<IReadOnlyList<object?>>
    {
        public int Count => count;

        public IReadOnlyList<object?> this[int index] => body[index + 1];

        public IEnumerator<IReadOnlyList<object?>> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The lines above a table (title, filters, notes) span the table's width and wrap within it: a long note
    /// left to run over empty cells would set the printed width, and the table would print a few points high.</summary>
    public static void WrapAcrossTable(IXLWorksheet sheet, int columns, IEnumerable<int> rows)
    {
        if (columns < 2) return;
        var characters = Enumerable.Range(1, columns).Sum(c => sheet.Column(c).Width);
        foreach (var r in rows)
        {
            var text = sheet.Cell(r, 1).GetString();
            if (text.Length == 0 || text.Length <= sheet.Column(1).Width) continue;
            var line = sheet.Range(r, 1, r, columns).Merge();
            line.Style.Alignment.WrapText = true;
            line.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            var lines = Math.Ceiling(text.Length * (r == 1 ? 1.4 : 1.1) / Math.Max(characters, 1));
            sheet.Row(r).Height = Math.Max(sheet.Row(r).Height, lines * (r == 1 ? 19 : 15));
        }
    }

    /// <summary>A4 landscape, one page wide, the title and filters at the top of every printed page and its number
    /// at the bottom, so a page forwarded alone still says what it shows.</summary>
    public static void PrintSetup(IXLWorksheet sheet, string title, string description)
    {
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.Left = 0.4;
        sheet.PageSetup.Margins.Right = 0.4;
        sheet.PageSetup.Margins.Top = 0.7;
        sheet.PageSetup.Margins.Header = 0.25;
        // LibreOffice draws the footer inside the bottom margin: with less room than it needs, the page number is clipped.
        sheet.PageSetup.Margins.Bottom = 0.8;
        sheet.PageSetup.Margins.Footer = 0.3;
        // One section on two lines: LibreOffice gives each of left, centre and right a third of the width.
        sheet.PageSetup.Header.Left.AddText(PageText(title, 100)).SetBold();
        sheet.PageSetup.Header.Left.AddText("\n" + PageText(description, 140));
        sheet.PageSetup.Footer.Right.AddText("Halaman ");
        sheet.PageSetup.Footer.Right.AddText(XLHFPredefinedText.PageNumber);
        sheet.PageSetup.Footer.Right.AddText(" dari ");
        sheet.PageSetup.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages);
        sheet.PageSetup.Footer.Left.AddText(XLHFPredefinedText.SheetName);
    }

    /// <summary>A sheet whose pictures must each start a printed page: Excel ignores page breaks on a sheet fitted to
    /// the page width, so the sheet is scaled to fit its widest content instead.</summary>
    /// <param name="breakBefore">0-based rows that start a printed page.</param>
    public static void PrintWithBreaks(IXLWorksheet sheet, IEnumerable<int> breakBefore, int widestPicturePixels)
    {
        var columns = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        var tablePixels = Enumerable.Range(1, columns).Sum(c => PrintedPixels(sheet.Column(c)));
        var scale = (int)Math.Min(100, Math.Floor(PrintableWidthPixels / Math.Max(tablePixels, widestPicturePixels) * 100));
        sheet.PageSetup.AdjustTo(scale);
        foreach (var row in breakBefore) sheet.PageSetup.AddHorizontalPageBreak(row);
    }

    /// <summary>A sheet too wide for one page printed in blocks of columns, each page repeating the
    /// <paramref name="fixedColumns"/> that name its rows: readable print instead of one shrunken page width.</summary>
    public static void PrintInColumnBlocks(IXLWorksheet sheet, int fixedColumns, int blockColumns)
    {
        var columns = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        double Pixels(int from, int count) => Enumerable.Range(from, count).Sum(c => PrintedPixels(sheet.Column(c)));
        var widest = Enumerable.Range(0, (columns - fixedColumns + blockColumns - 1) / blockColumns)
            .Max(b => Pixels(fixedColumns + 1 + b * blockColumns, Math.Min(blockColumns, columns - fixedColumns - b * blockColumns)));
        sheet.PageSetup.AdjustTo((int)Math.Min(100, Math.Floor(PrintableWidthPixels / (Pixels(1, fixedColumns) + widest) * 100)));
        sheet.PageSetup.SetColumnsToRepeatAtLeft(1, fixedColumns);
        for (var after = fixedColumns + blockColumns; after < columns; after += blockColumns) sheet.PageSetup.AddVerticalPageBreak(after);
    }

    /// <summary>A column's printed width, generously: a character of the default font is 7 pixels in Excel's Calibri
    /// and about 9.5 where LibreOffice lacks Calibri and falls back to DejaVu Sans, and a page a little too narrow
    /// splits every row over two sheets of paper.</summary>
    private static double PrintedPixels(IXLColumn column) => (column.Width + 0.71) * 9.5 + 5;

    /// <summary>A default row's height in pixels (15 points).</summary>
    public const int RowPixels = 20;

    /// <summary>A4 landscape less the side margins, in pixels at 96 dpi.</summary>
    private const double PrintableWidthPixels = (11.69 - 0.8) * 96;

    /// <summary>Header text is short (Excel caps a header at 255 characters) and '&amp;' starts a code there.</summary>
    private static string PageText(string text, int most) =>
        (text.Length <= most ? text : text[..(most - 1)] + "…").Replace("&", "&&");
}
