using System.IO.Compression;
using System.Text.RegularExpressions;
using Pws.Etl.Inbox;

namespace Pws.Etl.Sources.Profil;

/// <summary>One table of a file read through a profile: its column names, its data rows (after the header row, each
/// with its line in the file or row in the sheet) and the cells above the header, where recap sheets keep their
/// metadata (<c>B3</c>).</summary>
public sealed class ProfilTable
{
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The header as written, for messages.</summary>
    public required IReadOnlyList<string> Headers { get; init; }
    public required IEnumerable<RawRow> Rows { get; init; }
    public required IReadOnlyDictionary<string, string> Cells { get; init; }

    /// <summary>Column names are compared trimmed and in lower case, with inner runs of spaces as one.</summary>
    public static string ColumnName(string header) => Pemetaan.Normalize(header);

    /// <summary>Reads a CSV or XLSX file's table as the layout says.</summary>
    public static ProfilTable Open(string path, BentukTabel bentuk) => bentuk.Format == "xlsx"
        ? FromRows(XlsxReader.Rows(path, bentuk.Lembar, bentuk.Kolom?.Count ?? 0), bentuk)
        : FromRows(CsvReader.Rows(() => File.OpenRead(path), bentuk.CsvOptions), bentuk);

    /// <summary>Reads a table stored in a ZIP entry; the archive stays open while its rows are read.</summary>
    public static ProfilTable Open(ZipArchive zip, TabelZip tabel)
    {
        var pattern = Glob(tabel.Berkas);
        var entry = zip.Entries.Where(e => e.Length > 0 && pattern.IsMatch(e.Name)).OrderBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault()
                    ?? throw new UnreadableFileException(
                        $"Tabel '{tabel.Nama}' (berkas {tabel.Berkas}) tidak ada di dalam ZIP (isinya: {string.Join(", ", zip.Entries.Select(e => e.Name).Take(20))}).");
        return FromRows(CsvReader.Rows(entry.Open, tabel.Bentuk.CsvOptions), tabel.Bentuk);
    }

    /// <summary>A file-name pattern with <c>*</c> and <c>?</c>, matched whole and without regard to case.</summary>
    public static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static ProfilTable FromRows(IEnumerable<RawRow> rows, BentukTabel bentuk)
    {
        if (bentuk.BarisKepala == 0)
        {
            var named = bentuk.Kolom!;
            return new ProfilTable { Columns = named.Select(ColumnName).ToList(), Headers = named, Rows = rows, Cells = new Dictionary<string, string>() };
        }
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reading = rows.GetEnumerator();
        RawRow? header = null;
        while (reading.MoveNext())
        {
            var row = reading.Current;
            for (var i = 0; i < row.Fields.Length; i++) cells[$"{ColumnLetters(i)}{row.Line}"] = row.Fields[i].Trim();
            if (row.Line < bentuk.BarisKepala) continue;
            if (row.Line == bentuk.BarisKepala) header = row;
            break;
        }
        if (header is null || header.Fields.All(string.IsNullOrWhiteSpace))
            throw new UnreadableFileException($"Baris kepala kolom (baris {bentuk.BarisKepala}) kosong atau tidak ada.");
        if (header.Fields.Length > TabularFile.ColumnLimit)
            throw new UnreadableFileException($"Kepala kolom berisi {header.Fields.Length} kolom, lebih dari {TabularFile.ColumnLimit}.");
        var headerLine = header.Line;
        return new ProfilTable
        {
            Columns = header.Fields.Select(ColumnName).ToList(),
            Headers = header.Fields.Select(h => h.Trim()).ToList(),
            Rows = rows.SkipWhile(r => r.Line <= headerLine),
            Cells = cells,
        };
    }

    /// <summary>0 is A, 25 is Z, 26 is AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
