using System.Text;

namespace Pws.Etl.Inbox;

/// <summary>Streams a delimited text file: UTF-8 with or without BOM, ',' or ';' detected from the
/// header, RFC 4180 quoting (a quoted field may span lines; line numbers stay those of the file).</summary>
public static class CsvReader
{
    public static (string[] Header, IEnumerable<(int Line, string[] Fields, string Raw, bool[]? NumberCells)> Rows) Read(string path)
    {
        var headerLine = ReadHeaderLine(path);
        var delimiter = headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ';' : ',';
        if (!headerLine.Contains(delimiter) && headerLine.Any(c => c == '\t' || c == '|'))
            throw new UnreadableFileException("Bukan berkas CSV: pemisah kolom harus koma (,) atau titik koma (;).");
        var rows = ReadRecords(path, delimiter);
        var header = rows.First();
        return (header.Fields, rows.Skip(1).Select(row => (row.Line, row.Fields, row.Raw, (bool[]?)null)));
    }

    private static string ReadHeaderLine(string path)
    {
        using var reader = Open(path);
        var line = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(line)) throw new UnreadableFileException("Baris kepala kolom kosong.");
        if (line.Contains('\0')) throw new UnreadableFileException("Bukan berkas teks CSV (berisi data biner).");
        return line;
    }

    private static StreamReader Open(string path) =>
        new(path, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);

    private static IEnumerable<(int Line, string[] Fields, string Raw)> ReadRecords(string path, char delimiter)
    {
        using var reader = Open(path);
        var fields = new List<string>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        var line = 0;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            var startLine = line;
            raw.Clear().Append(text);
            fields.Clear();
            field.Clear();
            var inQuotes = false;
            var i = 0;
            while (true)
            {
                if (i >= text.Length)
                {
                    if (!inQuotes) break;
                    var next = reader.ReadLine();
                    if (next is null) break;
                    line++;
                    field.Append('\n');
                    raw.Append('\n').Append(next);
                    text = next;
                    i = 0;
                    continue;
                }
                var c = text[i++];
                if (inQuotes)
                {
                    if (c != '"') field.Append(c);
                    else if (i < text.Length && text[i] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else if (c == '"' && field.Length == 0) inQuotes = true;
                else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            fields.Add(field.ToString());
            yield return (startLine, fields.ToArray(), raw.ToString());
        }
    }
}
