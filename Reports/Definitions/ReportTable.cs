using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pws.Reports.Definitions;

/// <summary>A report's rows under its columns: written as CSV for machines and as JSON records for the API,
/// with the same values (measures rounded to 2 decimals, empty where unknown).</summary>
public sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The table of <paramref name="rows"/>, each row read column by column when it is asked for.</summary>
    public static ReportTable Of<TRow>(IReadOnlyList<ReportColumn<TRow>> columns, IEnumerable<TRow> rows) =>
        new([.. columns.Select(c => c.Column)], new RowValues<TRow>(columns, [.. rows]));

    /// <summary>A row's values are made when it is read, not all at once: an answer written row by row (a province's
    /// outreach per kecamatan is 26,000 rows of 15 values) then never holds every value, which cost more in garbage
    /// collection than the writing itself.</summary>
    private sealed class RowValues<TRow>(IReadOnlyList<ReportColumn<TRow>> columns, IReadOnlyList<TRow> rows) : IReadOnlyList<IReadOnlyList<object?>>
    {
        public int Count => rows.Count;

        public IReadOnlyList<object?> this[int index]
        {
            get
            {
                var row = rows[index];
                var values = new object?[columns.Count];
                for (var i = 0; i < values.Length; i++) values[i] = columns[i].Value(row);
                return values;
            }
        }

        public IEnumerator<IReadOnlyList<object?>> GetEnumerator()
        {
            for (var i = 0; i < rows.Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The same table with one column's values rewritten: a workbook shows <c>Belum UHC</c> where the CSV keeps
    /// <c>BELUM_UHC</c>.</summary>
    public ReportTable Map(string column, Func<object?, object?> value)
    {
        var index = Columns.ToList().FindIndex(c => c.Name == column);
        if (index < 0) throw new ArgumentException($"Kolom {column} tidak ada di tabel.", nameof(column));
        return this with { Rows = [.. Rows.Select(row => (IReadOnlyList<object?>)[.. row.Select((v, i) => i == index ? value(v) : v)])] };
    }

    /// <summary>Comma separated, header row, '.' decimal point. Text that a spreadsheet would run as a formula is
    /// made inert with a leading apostrophe: quarantined rows and names come from outside.</summary>
    public void WriteCsv(TextWriter writer)
    {
        writer.Write(string.Join(',', Columns.Select(c => Quote(c.Name))));
        writer.Write('\n');
        foreach (var row in Rows)
        {
            writer.Write(string.Join(',', row.Select(value => value is string text ? Inert(text) : Format(value)).Select(Quote)));
            writer.Write('\n');
        }
    }

    /// <summary>The CSV as a download carries it: UTF-8 without a byte order mark.</summary>
    public byte[] CsvBytes()
    {
        var text = new StringWriter();
        WriteCsv(text);
        return Utf8.GetBytes(text.ToString());
    }

    /// <summary>The column names as JSON keys, encoded once for all of an answer's rows: encoding them row by row was a
    /// quarter of writing a province's SPM per kecamatan (6,876 rows).</summary>
    public JsonEncodedText[] JsonKeys(JsonSerializerOptions options) => [.. Columns.Select(c => JsonEncodedText.Encode(c.Name, options.Encoder))];

    /// <summary>One row as a JSON object, column name (<paramref name="keys"/>, from <see cref="JsonKeys"/>) to value,
    /// measures rounded as in the CSV; written straight to the API's answer, without a dictionary per row (a province's
    /// SPM per village is 102,756 rows).</summary>
    public void WriteRecord(Utf8JsonWriter writer, IReadOnlyList<object?> row, IReadOnlyList<JsonEncodedText> keys, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var i = 0; i < keys.Count; i++)
        {
            writer.WritePropertyName(keys[i]);
            switch (row[i])
            {
                case null: writer.WriteNullValue(); break;
                case string text: writer.WriteStringValue(text); break;
                case int number: writer.WriteNumberValue(number); break;
                case long number: writer.WriteNumberValue(number); break;
                case double number: writer.WriteNumberValue(Round(number)); break;
                case var other: JsonSerializer.Serialize(writer, other, other.GetType(), options); break;
            }
        }
        writer.WriteEndObject();
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        double d => Round(d).ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A text cell that starts like a formula (=, +, -, @, tab or carriage return), prefixed so that it stays text.</summary>
    private static string Inert(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
