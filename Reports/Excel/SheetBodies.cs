using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pws.Reports.Excel;

/// <summary>Table bodies written straight into their sheets' XML after ClosedXML has saved the workbook. ClosedXML
/// keeps an object per cell and builds the sheet's XML as a tree before writing it: a province's SPM workbook (1.3
/// million cells) spent most of its time there. ClosedXML writes each table's first and last body rows, so they carry
/// the table's styles and the ranges over the body are whole; the rows between are written here with the first
/// row's cell styles. A workbook passing these to <see cref="SheetTable"/> must not style the rows between.</summary>
public sealed class SheetBodies
{
    /// <param name="TemplateRow">The body's first row (1-based), written by ClosedXML: its cells' styles are copied.</param>
    /// <param name="Rows">The rows between the first and the last, written from <paramref name="TemplateRow"/> + 1.</param>
    /// <param name="Heights">Each row's height in points where its wrapped text needs more than one line.</param>
    private sealed record Body(string Sheet, int TemplateRow, int Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<double?> Heights);

    private readonly List<Body> bodies = [];

    public void Add(string sheet, int templateRow, int columns, IReadOnlyList<IReadOnlyList<object?>> rows, IReadOnlyList<double?> heights) =>
        bodies.Add(new Body(sheet, templateRow, columns, rows, heights));

    public bool IsEmpty => bodies.Count == 0;

    /// <summary>Writes every body into the saved <paramref name="workbook"/>.</summary>
    public void WriteInto(Stream workbook)
    {
        // The small tree of each sheet is read, and its part written anew: saving the tree as well would overwrite it.
        using var document = SpreadsheetDocument.Open(workbook, true, new OpenSettings { AutoSave = false });
        var workbookPart = document.WorkbookPart!;
        foreach (var body in bodies)
        {
            var sheet = workbookPart.Workbook.Descendants<Sheet>().Single(s => s.Name == body.Sheet);
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var root = (Worksheet)part.Worksheet.CloneNode(true);
            Write(part, root, body);
        }
    }

    private static void Write(WorksheetPart part, Worksheet root, Body body)
    {
        var rows = root.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var template = rows.Single(r => r.RowIndex?.Value == body.TemplateRow);
        if (rows.Any(r => r.RowIndex!.Value > body.TemplateRow && r.RowIndex.Value <= body.TemplateRow + body.Rows.Count))
            throw new InvalidOperationException($"Lembar {body.Sheet}: baris di antara baris pertama dan terakhir tabel diberi gaya sendiri.");
        var styles = template.Elements<Cell>().ToDictionary(c => ColumnIndex(c.CellReference!.Value!), c => c.StyleIndex?.Value);
        // A cell ClosedXML left unwritten (no value, no style of its own) has no style to copy.
        var letters = Enumerable.Range(0, body.Columns).Select(ColumnLetters).ToArray();

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteStartElement(root, root.GetAttributes(), root.NamespaceDeclarations);
        foreach (var child in root.ChildElements)
        {
            if (child is not SheetData) { writer.WriteElement(child); continue; }
            writer.WriteStartElement(new SheetData());
            foreach (var row in rows.TakeWhile(r => r.RowIndex!.Value <= body.TemplateRow)) writer.WriteElement(row);
            for (var i = 0; i < body.Rows.Count; i++)
                WriteRow(writer, body.TemplateRow + 1 + i, body.Rows[i], body.Heights[i], letters, styles);
            foreach (var row in rows.SkipWhile(r => r.RowIndex!.Value <= body.TemplateRow)) writer.WriteElement(row);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly CellValue ValueElement = new();
    private static readonly InlineString InlineElement = new();
    private static readonly Text TextElement = new();

    private static void WriteRow(OpenXmlWriter writer, int number, IReadOnlyList<object?> values, double? height, string[] letters,
        IReadOnlyDictionary<int, uint?> styles)
    {
        var row = number.ToString(CultureInfo.InvariantCulture);
        List<OpenXmlAttribute> rowAttributes = [new("r", "", row)];
        if (height is { } points)
        {
            rowAttributes.Add(new("ht", "", points.ToString(CultureInfo.InvariantCulture)));
            rowAttributes.Add(new("customHeight", "", "1"));
        }
        writer.WriteStartElement(RowElement, rowAttributes);
        for (var c = 0; c < values.Count; c++)
        {
            List<OpenXmlAttribute> attributes = [new("r", "", letters[c] + row)];
            if (styles.GetValueOrDefault(c) is { } style) attributes.Add(new("s", "", style.ToString(CultureInfo.InvariantCulture)));
            var (type, text) = Content(values[c]);
            if (type is not null) attributes.Add(new("t", "", type));
            writer.WriteStartElement(CellElement, attributes);
            if (type == "inlineStr")
            {
                writer.WriteStartElement(InlineElement);
                writer.WriteStartElement(TextElement, text!.Trim() == text ? [] : [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
                writer.WriteString(text);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            else if (text is not null)
            {
                writer.WriteStartElement(ValueElement);
                writer.WriteString(text);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>A value as <see cref="SheetTable"/> writes it: numbers as numbers (measures rounded to 2 decimals), the
    /// rest as text. An inline string is never read as a formula, whatever it starts with.</summary>
    private static (string? Type, string? Text) Content(object? value) => value switch
    {
        null => (null, null),
        string text => ("inlineStr", XmlText(text)),
        double number => (null, Math.Round(number, 2, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture)),
        int number => (null, number.ToString(CultureInfo.InvariantCulture)),
        long number => (null, number.ToString(CultureInfo.InvariantCulture)),
        _ => ("inlineStr", XmlText(value.ToString() ?? "")),
    };

    /// <summary>Text from outside (a quarantined row) may hold characters XML cannot carry: written as ClosedXML and
    /// spreadsheets escape them (<c>_x0001_</c>).</summary>
    private static string XmlText(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var kept = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) kept.Append(text[i]).Append(text[++i]);
            else kept.Append(CultureInfo.InvariantCulture, $"_x{(int)text[i]:X4}_");
        }
        return kept.ToString();
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter)) index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return index - 1;
    }

    private static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
