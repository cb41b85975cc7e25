namespace Pws.Etl.Inbox;

/// <summary>A CSV or XLSX file read row by row: header names normalized (trimmed, lower case), the
/// required columns checked, unknown columns reported once.</summary>
public sealed class TabularFile
{
    /// <summary>The contract's files have at most 16 columns; a header far wider is not one of them.</summary>
    public const int ColumnLimit = 200;

    public required string RelativePath { get; init; }
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<string> UnknownColumns { get; init; }
    public required IEnumerable<SourceRecord> Records { get; init; }

    /// <summary>Opens <paramref name="path"/> and checks its header against the expected columns.</summary>
    public static TabularFile Open(string path, string relativePath, IReadOnlyCollection<string> required,
        IReadOnlyCollection<string> optional)
    {
        var info = new FileInfo(path);
        if (info.Length == 0) throw new UnreadableFileException("Berkas kosong (0 byte).");
        var (header, records) = Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxReader.Read(path)
            : CsvReader.Read(path);

        if (header.Length > ColumnLimit)
            throw new UnreadableFileException($"Kepala kolom berisi {header.Length} kolom, lebih dari {ColumnLimit}: bukan berkas kontrak data PWS.");
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = required.Where(r => !columns.Contains(r)).ToList();
        if (missing.Count > 0)
            throw new UnreadableFileException(
                $"Kepala kolom tidak sesuai: kolom wajib {string.Join(", ", missing)} tidak ditemukan.", missing[0]);
        var known = required.Concat(optional).ToHashSet();
        return new TabularFile
        {
            RelativePath = relativePath,
            Columns = columns,
            UnknownColumns = columns.Where(c => c.Length > 0 && !known.Contains(c)).Distinct().ToList(),
            Records = ToRecords(columns, records),
        };
    }

    private static IEnumerable<SourceRecord> ToRecords(List<string> columns, IEnumerable<RawRow> rows)
    {
        foreach (var (line, fields, raw, numberCells, problem) in rows)
        {
            if (problem is not null)
            {
                yield return new SourceRecord(line, new Dictionary<string, string>(), raw, Problem: problem);
                continue;
            }
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            var values = new Dictionary<string, string>(columns.Count);
            HashSet<string>? numbers = null;
            for (var i = 0; i < columns.Count && i < fields.Length; i++)
            {
                values.TryAdd(columns[i], fields[i]);
                if (numberCells is not null && i < numberCells.Length && numberCells[i]) (numbers ??= []).Add(columns[i]);
            }
            yield return new SourceRecord(line, values, raw, numbers);
        }
    }
}
