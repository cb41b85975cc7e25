using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pws.Etl.Inbox;

/// <summary>Streams one worksheet (for the contract, the first) of an XLSX workbook with the SAX reader, so memory stays flat
/// however many rows it has: sheet row 1 is the header, each later row keeps its sheet row number as its
/// line, cells sit in the column their address names, and every value is read as text the contract's
/// parsers accept (dates as yyyy-MM-dd, numbers with every digit written in the file).</summary>
public static class XlsxReader
{
    private const string Unreadable = "Bukan berkas XLSX yang dapat dibaca: ";

    /// <summary>A worksheet that inflates past this, far beyond its compressed size, is refused unread.</summary>
    private const long InflatedLimit = 100L * 1024 * 1024;
    private const int InflationRatioLimit = 100;
    private const long TotalInflatedLimit = 2L * 1024 * 1024 * 1024;

    /// <summary>The header and the rows; each row also says which of its cells were numbers, since a value
    /// such as a NIK cannot be trusted from a number cell.</summary>
    public static (string[] Header, IEnumerable<RawRow> Rows) Read(string path)
    {
        RefuseZipBomb(path);
        string[] header;
        using (var rows = ReadSheet(path, null, width: 0).GetEnumerator())
        {
            if (!rows.MoveNext() || rows.Current.Line != 1 || rows.Current.Fields.All(string.IsNullOrWhiteSpace))
                throw new UnreadableFileException("Baris kepala kolom kosong.");
            header = rows.Current.Fields;
        }
        return (header, ReadSheet(path, null, header.Length).Skip(1).Select(ToRawRow));
    }

    /// <summary>Every row of a sheet chosen by name or by 1-based position (null: the first), each at least
    /// <paramref name="width"/> fields wide, as an intake profile reads it: the header may be on any row.</summary>
    public static IEnumerable<RawRow> Rows(string path, Lembar? sheet, int width)
    {
        RefuseZipBomb(path);
        return ReadSheet(path, sheet, width).Select(ToRawRow);
    }

    /// <summary>A worksheet chosen by its tab name or its 1-based position.</summary>
    public sealed record Lembar(string? Nama, int? Urutan)
    {
        public override string ToString() => Nama ?? $"ke-{Urutan}";
    }

    private static RawRow ToRawRow((int Line, string[] Fields, bool[] NumberCells, string? Formula) row) =>
        new(row.Line, row.Fields, string.Join(',', row.Fields), row.NumberCells,
            row.Formula is { } cell ? $"sel {cell} berisi rumus tanpa nilai tersimpan: buka dan simpan ulang berkas di Excel agar nilainya terhitung" : null);

    /// <summary>An XLSX is a zip: its entries say how large they become before anything is inflated.</summary>
    internal static void RefuseZipBomb(string path)
    {
        IReadOnlyList<(long Length, long Compressed)> entries;
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            entries = zip.Entries.Select(e => (e.Length, e.CompressedLength)).ToList();
        }
        catch (InvalidDataException)
        {
            throw new UnreadableFileException(Unreadable + "bukan buku kerja Excel atau berkasnya rusak.");
        }
        var total = entries.Sum(e => e.Length);
        var bomb = entries.FirstOrDefault(e => e.Length > InflatedLimit && e.Length > InflationRatioLimit * Math.Max(e.Compressed, 1));
        if (bomb != default || total > TotalInflatedLimit)
            throw new UnreadableFileException(
                $"Berkas XLSX mengembang menjadi {Math.Max(total, bomb.Length) / (1024 * 1024)} MB saat dibuka, jauh melebihi ukurannya: " +
                "ditolak tanpa dibaca (kemungkinan zip bomb).");
    }

    /// <summary>The sheet's rows, each at least <paramref name="width"/> fields wide. The workbook is only
    /// opened when enumeration starts, and closed when it ends.</summary>
    private static IEnumerable<(int Line, string[] Fields, bool[] NumberCells, string? Formula)> ReadSheet(string path, Lembar? choice, int width)
    {
        using var sheet = Guard("bukan buku kerja Excel atau berkasnya rusak.", () => OneSheet.Open(path, choice));
        while (Guard("isi lembar kerja rusak.", () => sheet.MoveNext(width))) yield return sheet.Current;
    }

    /// <summary>The packaging, zip and XML libraries signal a damaged file with their own exceptions; any of
    /// them means the file cannot be read at all.</summary>
    private static T Guard<T>(string reason, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException)
        {
            throw new UnreadableFileException(Unreadable + reason);
        }
    }

    private sealed class OneSheet(SpreadsheetDocument document, OpenXmlReader reader, List<string> sharedStrings,
        bool[] dateStyles, bool date1904) : IDisposable
    {
        private readonly List<string> fields = [];
        private readonly List<bool> numbers = [];
        private int lastLine;

        public (int Line, string[] Fields, bool[] NumberCells, string? Formula) Current { get; private set; }

        public static OneSheet Open(string path, Lembar? choice)
        {
            var document = SpreadsheetDocument.Open(path, isEditable: false);
            try
            {
                var workbook = document.WorkbookPart ?? throw new UnreadableFileException(Unreadable + "buku kerja tidak ditemukan.");
                var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
                if (sheets.Count == 0) throw new UnreadableFileException(Unreadable + "tidak ada lembar kerja.");
                var sheet = choice switch
                {
                    { Nama: { } nama } => sheets.FirstOrDefault(s => string.Equals(s.Name?.Value?.Trim(), nama.Trim(), StringComparison.OrdinalIgnoreCase)),
                    { Urutan: { } urutan } => urutan >= 1 && urutan <= sheets.Count ? sheets[urutan - 1] : null,
                    _ => sheets[0],
                } ?? throw new UnreadableFileException(
                    $"Lembar kerja {choice} tidak ada di buku kerja ini (lembar yang ada: {string.Join(", ", sheets.Select(s => s.Name?.Value))}).");
                if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet)
                    throw new UnreadableFileException(Unreadable + "lembar pertama bukan lembar kerja.");
                var date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value == true;
                return new OneSheet(document, OpenXmlReader.Create(worksheet), SharedStrings(workbook), DateStyles(workbook), date1904);
            }
            catch
            {
                document.Dispose();
                throw;
            }
        }

        public bool MoveNext(int width)
        {
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                Current = ReadRow(width);
                return true;
            }
            return false;
        }

        public void Dispose()
        {
            reader.Dispose();
            document.Dispose();
        }

        private (int Line, string[] Fields, bool[] NumberCells, string? Formula) ReadRow(int width)
        {
            lastLine = Attribute("r") is { } number ? RowNumber(number) : lastLine + 1;
            fields.Clear();
            numbers.Clear();
            string? formulaWithoutValue = null;
            var column = -1;
            while (reader.Read() && !(reader.ElementType == typeof(Row) && reader.IsEndElement))
            {
                if (reader.ElementType != typeof(Cell) || !reader.IsStartElement) continue;
                string? reference = null, type = null, style = null;
                foreach (var attribute in reader.Attributes)
                {
                    if (attribute.LocalName == "r") reference = attribute.Value;
                    else if (attribute.LocalName == "t") type = attribute.Value;
                    else if (attribute.LocalName == "s") style = attribute.Value;
                }
                column = reference is null ? column + 1 : ColumnIndex(reference);
                while (fields.Count <= column)
                {
                    fields.Add("");
                    numbers.Add(false);
                }
                var (value, text, formula) = ReadContent(reader, typeof(Cell));
                fields[column] = CellText(type, style, value, text);
                if (formula && value is null && text.Length == 0) formulaWithoutValue ??= reference ?? $"kolom {column + 1}";
                numbers[column] = type is null or "n" && value is not null && !IsDateStyle(style);
            }
            while (fields.Count < width)
            {
                fields.Add("");
                numbers.Add(false);
            }
            return (lastLine, fields.ToArray(), numbers.ToArray(), formulaWithoutValue);
        }

        private string? Attribute(string name) =>
            reader.Attributes.FirstOrDefault(a => a.LocalName == name).Value;

        private string CellText(string? type, string? style, string? value, string text) => type switch
        {
            "s" => SharedString(value),
            "inlineStr" => text,
            "b" => value switch { "1" => "TRUE", "0" => "FALSE", _ => value ?? "" },
            "str" or "e" => value ?? "",
            "d" => value is not null && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : value ?? "",
            _ when value is null => "",
            _ => IsDateStyle(style) ? DateText(value, date1904) : NumberText(value),
        };

        private string SharedString(string? index)
        {
            if (index is null) return "";
            return int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? sharedStrings[i]
                : throw new UnreadableFileException(Unreadable + $"teks bersama nomor {index} tidak ada.");
        }

        private bool IsDateStyle(string? style) =>
            style is not null && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && i < dateStyles.Length && dateStyles[i];

        private static int RowNumber(string text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line >= 1
                ? line
                : throw new UnreadableFileException(Unreadable + $"nomor baris {text} tidak sah.");

        /// <summary>0-based column of a cell address such as C7 (column C is 2).</summary>
        private static int ColumnIndex(string reference)
        {
            const int lastExcelColumn = 16384;
            var column = 0;
            var i = 0;
            for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= lastExcelColumn; i++)
                column = column * 26 + char.ToUpperInvariant(reference[i]) - 'A' + 1;
            if (i == 0 || column > lastExcelColumn || i < reference.Length && !char.IsAsciiDigit(reference[i]))
                throw new UnreadableFileException(Unreadable + $"alamat sel {reference} tidak sah.");
            return column - 1;
        }
    }

    /// <summary>Reads to the end of the current element: the text of its value (&lt;v&gt;) and of its text
    /// runs, leaving out phonetic guides (&lt;rPh&gt;), which Excel does not show in the cell.</summary>
    private static (string? Value, string Text, bool Formula) ReadContent(OpenXmlReader reader, Type element)
    {
        string? value = null;
        var text = "";
        var phonetic = false;
        var formula = false;
        while (reader.Read() && !(reader.ElementType == element && reader.IsEndElement))
        {
            if (reader.ElementType == typeof(PhoneticRun)) phonetic = reader.IsStartElement;
            else if (!reader.IsStartElement) continue;
            else if (reader.ElementType == typeof(CellValue)) value = reader.GetText();
            else if (reader.ElementType == typeof(CellFormula)) formula = true;
            else if (reader.ElementType == typeof(Text) && !phonetic) text += reader.GetText();
        }
        return (value, text, formula);
    }

    /// <summary>The shared strings table, read with the SAX reader too: it grows with the sheet.</summary>
    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                strings.Add(ReadContent(reader, typeof(SharedStringItem)).Text);
        return strings;
    }

    /// <summary>For each cell style (the cell's s attribute), whether its number format shows a date.</summary>
    private static bool[] DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null) return [];
        var codes = new Dictionary<uint, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            if (format.NumberFormatId?.Value is { } id) codes.TryAdd(id, format.FormatCode?.Value ?? "");
        return stylesheet.CellFormats.Elements<CellFormat>()
            .Select(xf => xf.NumberFormatId?.Value ?? 0)
            .Select(id => codes.TryGetValue(id, out var code) ? IsDateFormatCode(code) : IsBuiltInDateFormat(id))
            .ToArray();
    }

    /// <summary>The built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30, with
    /// the East Asian ones).</summary>
    private static bool IsBuiltInDateFormat(uint id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    /// <summary>A custom format shows a date when it has d, m or y outside quoted text, [brackets] (colour,
    /// locale, elapsed time) and escaped characters. An elapsed-time format such as [h]:mm:ss has an m for
    /// minutes, and is a duration, not a date.</summary>
    private static bool IsDateFormatCode(string code)
    {
        bool dayOrYear = false, month = false, elapsed = false;
        for (var i = 0; i < code.Length; i++)
        {
            switch (char.ToLowerInvariant(code[i]))
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var quote and >= 0 ? quote : code.Length;
                    break;
                case '[':
                    var close = code.IndexOf(']', i + 1) is var bracket and >= 0 ? bracket : code.Length;
                    var inside = code[(i + 1)..close].ToLowerInvariant();
                    elapsed |= inside.Length > 0 && inside[0] is 'h' or 'm' or 's' && inside.All(c => c == inside[0]);
                    i = close;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'd' or 'y':
                    dayOrYear = true;
                    break;
                case 'm':
                    month = true;
                    break;
            }
        }
        return dayOrYear || month && !elapsed;
    }

    /// <summary>A serial day number as yyyy-MM-dd. The time of day is dropped: the ETL only needs the date.</summary>
    private static string DateText(string value, bool date1904)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || !double.IsFinite(serial))
            return value;
        var days = Math.Floor(serial);
        // In the 1900 system day 60 is 1900-02-29, a day that never was (kept for Lotus 1-2-3 compatibility),
        // so the days before it count from one day later; day 0 shows as 1900-01-00 and is no date.
        if (!date1904 && days == 60) return "1900-02-29";
        var epoch = date1904 ? new DateOnly(1904, 1, 1) : days < 60 ? new DateOnly(1899, 12, 31) : new DateOnly(1899, 12, 30);
        var day = epoch.DayNumber + days;
        if (days < (date1904 ? 0 : 1) || day > DateOnly.MaxValue.DayNumber) return value;
        return DateOnly.FromDayNumber((int)day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The number as written in the file, so a 16-digit NIK stored as a number keeps every digit;
    /// an exponent form (3.329014303040356E+15) is expanded exactly with decimal, never through double.</summary>
    private static string NumberText(string value) =>
        value.AsSpan().IndexOfAny('E', 'e') >= 0
        && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : value;
}
