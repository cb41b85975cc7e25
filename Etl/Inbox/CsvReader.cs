using System.Text;

namespace Pws.Etl.Inbox;

/// <summary>Streams a delimited text file: UTF-8 with or without BOM, ',' or ';' detected from the
/// header, RFC 4180 quoting (a quoted field may span lines; line numbers stay those of the file). An intake profile
/// may name another delimiter, encoding, quote or escape character, and read from a table inside a ZIP.</summary>
public static class CsvReader
{
    /// <param name="Delimiter">Null: ',' or ';', whichever the first line has more of.</param>
    /// <param name="Quote">Null: no quoting, every quote character is text.</param>
    /// <param name="Escape">The character that makes the next one text, as MySQL's SELECT ... INTO OUTFILE writes a
    /// quote, delimiter, tab or line break inside a value (ESCAPED BY '\\'); null: none.</param>
    public sealed record Options(char? Delimiter, Encoding Encoding, char? Quote, char? Escape = null);

    public static readonly Options Contract = new(null, new UTF8Encoding(false, throwOnInvalidBytes: false), '"');

    /// <summary>How far a quoted field may run on before its quote counts as never closed.</summary>
    private const int QuotedLinesLimit = 1000;
    private const int QuotedCharsLimit = 1024 * 1024;

    public static (string[] Header, IEnumerable<RawRow> Rows) Read(string path)
    {
        var rows = Rows(() => File.OpenRead(path), Contract);
        var header = rows.First();
        return (header.Fields, rows.Skip(1));
    }

    /// <summary>Every line of the table, the first one too, each with its 1-based line number.</summary>
    public static IEnumerable<RawRow> Rows(Func<Stream> open, Options options)
    {
        var firstLine = ReadFirstLine(open, options.Encoding);
        var delimiter = options.Delimiter ?? (firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',');
        if (options.Delimiter is null && !firstLine.Contains(delimiter) && firstLine.Any(c => c == '\t' || c == '|'))
            throw new UnreadableFileException("Bukan berkas CSV: pemisah kolom harus koma (,) atau titik koma (;).");
        return ReadRecords(open, options.Encoding, delimiter, options.Quote, options.Escape);
    }

    private static string ReadFirstLine(Func<Stream> open, Encoding encoding)
    {
        using var reader = Open(open, encoding);
        var line = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(line)) throw new UnreadableFileException("Baris kepala kolom kosong.");
        if (line.Contains('\0')) throw new UnreadableFileException("Bukan berkas teks CSV (berisi data biner).");
        return line;
    }

    private static StreamReader Open(Func<Stream> open, Encoding encoding) => new(open(), encoding, detectEncodingFromByteOrderMarks: true);

    /// <summary>The file's records. A quote that is not closed by the end of the file (or within a bounded
    /// stretch) makes its own line a bad row, and reading goes on with the next line, so the rows after a
    /// stray quote are not swallowed by it.</summary>
    private static IEnumerable<RawRow> ReadRecords(Func<Stream> open, Encoding encoding, char delimiter, char? quote, char? escape)
    {
        using var reader = Open(open, encoding);
        var again = new LinkedList<string>();
        string? NextLine()
        {
            if (again.First is not { } first) return reader.ReadLine();
            again.RemoveFirst();
            return first.Value;
        }
        var fields = new List<string>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        var line = 0;
        string? text;
        while ((text = NextLine()) is not null)
        {
            line++;
            var startLine = line;
            var firstLine = text;
            var continued = new List<string>();
            raw.Clear().Append(text);
            fields.Clear();
            field.Clear();
            var inQuotes = false;
            var escaped = false;
            var unclosed = false;
            var i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    // A line break inside quotes, or written after the escape character, belongs to the value.
                    if (!inQuotes && !escaped) break;
                    var next = continued.Count < QuotedLinesLimit && raw.Length < QuotedCharsLimit ? NextLine() : null;
                    if (next is null)
                    {
                        unclosed = inQuotes;
                        break;
                    }
                    continued.Add(next);
                    line++;
                    field.Append('\n');
                    raw.Append('\n').Append(next);
                    text = next;
                    i = 0;
                    escaped = false;
                    continue;
                }
                var c = text[i++];
                if (escaped)
                {
                    Unescape(c, escape!.Value, field);
                    escaped = false;
                }
                else if (c == escape) escaped = true;
                else if (inQuotes)
                {
                    if (c != quote) field.Append(c);
                    else if (i < text.Length && text[i] == quote) { field.Append(c); i++; }
                    else inQuotes = false;
                }
                else if (c == quote && field.Length == 0) inQuotes = true;
                else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            if (unclosed)
            {
                for (var c = continued.Count - 1; c >= 0; c--) again.AddFirst(continued[c]);
                line = startLine;
                yield return new RawRow(startLine, [], firstLine, Problem:
                    $"tanda kutip ({quote}) di baris {startLine} dibuka tetapi tidak ditutup: baris ini tidak dapat dibaca");
                continue;
            }
            fields.Add(field.ToString());
            yield return new RawRow(startLine, fields.ToArray(), raw.ToString());
        }
    }

    /// <summary>An escaped character as MySQL reads it back: \N stays as written (the null marker, which a profile lists
    /// among its empty values), \0 and \Z (NUL and Ctrl-Z) are dropped, \n, \r, \t and \b are the control characters,
    /// any other character is itself.</summary>
    private static void Unescape(char c, char escape, StringBuilder field)
    {
        switch (c)
        {
            case 'N':
                field.Append(escape).Append('N');
                break;
            case '0' or 'Z':
                break;
            case 'n':
                field.Append('\n');
                break;
            case 'r':
                field.Append('\r');
                break;
            case 't':
                field.Append('\t');
                break;
            case 'b':
                field.Append('\b');
                break;
            default:
                field.Append(c);
                break;
        }
    }
}
