using System.Globalization;
using System.Text;

namespace Pws.Reports.Export;

/// <summary>CSV for machines: comma separated, header row, '.' decimal point, empty when unknown.</summary>
public static class CsvTable
{
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        writer.Write(string.Join(',', header.Select(Quote)));
        writer.Write('\n');
        foreach (var row in rows)
        {
            writer.Write(string.Join(',', row.Select(Format).Select(Quote)));
            writer.Write('\n');
        }
    }

    /// <summary>Percentages and other measures: rounded to 2 decimals.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        double d => Math.Round(d, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The same table as JSON-ready records: column name to value, measures rounded as in the CSV.</summary>
    public static IEnumerable<Dictionary<string, object?>> Records(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        rows.Select(row => header.Select((column, i) => (column, value: row[i] is double d ? Math.Round(d, 2, MidpointRounding.AwayFromZero) : row[i]))
            .ToDictionary(x => x.column, x => x.value));

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
