using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Pws.Etl.Inbox;
using Pws.Etl.Pseudonymization;
using Pws.Etl.Validation;

namespace Pws.Etl.Sources.Profil;

/// <summary>Reads a file through a profile into the contract's rows: the same <see cref="SourceRecord"/>s a contract
/// file gives, so the same rules, pseudonymization, karantina and merge follow. A value the profile cannot turn into
/// the contract's form (a date in no listed format, a village or service without a mapping) becomes a problem of the
/// row naming the source column and the value; a value mapped to <see cref="Pemetaan.Lewati"/> skips the row.</summary>
public sealed partial class ProfilReader(Profil profil, Pemetaan pemetaan, Pseudonymizer pseudonymizer, string kodePuskesmas)
{
    private readonly Profil profil = profil;
    private readonly Pseudonymizer pseudonymizer = pseudonymizer;
    private readonly string kodePuskesmas = kodePuskesmas;

    /// <summary>Per field of <c>kolom</c>, in order: its value map and the dates it has already read, since an export
    /// repeats the same dates and words on row after row.</summary>
    private readonly FieldPlan[] plans = profil.Kolom.Select(k => new FieldPlan(k)).ToArray();

    private Dictionary<string, string> sourceColumns = [];

    /// <summary>Sex as puskesmas systems write it, used when a profile gives jenis_kelamin no value map of its own.</summary>
    private static readonly KeyValuePair<string, string>[] JenisKelaminWords =
    [
        new("laki-laki", "L"), new("laki laki", "L"), new("lk", "L"), new("pria", "L"), new("male", "L"), new("l", "L"),
        new("perempuan", "P"), new("pr", "P"), new("wanita", "P"), new("female", "P"), new("p", "P"),
    ];

    public TabularFile Open(string path, string relativePath, SkippedRows skipped)
    {
        ZipArchive? zip = null;
        ProfilTable main;
        var joined = new List<(Gabung Gabung, ProfilTable Table, Dictionary<string, string[]> Rows)>();
        if (profil.IsZip)
        {
            XlsxReader.RefuseZipBomb(path);
            try
            {
                zip = ZipFile.OpenRead(path);
            }
            catch (InvalidDataException)
            {
                throw new UnreadableFileException("Bukan berkas ZIP yang dapat dibaca.");
            }
            main = ProfilTable.Open(zip, profil.Tabel.First(t => t.Nama == profil.Utama));
            foreach (var gabung in profil.Gabung)
            {
                var table = ProfilTable.Open(zip, profil.Tabel.First(t => t.Nama == gabung.Tabel));
                var key = Index(table, gabung.KunciTabel, $"{gabung.Key}.kunci_tabel", gabung.Tabel);
                var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var row in table.Rows)
                    if (key < row.Fields.Length) rows[Clean(row.Fields[key], profil.Tabel.First(t => t.Nama == gabung.Tabel).Bentuk)] = row.Fields;
                joined.Add((gabung, table, rows));
            }
        }
        else
        {
            main = ProfilTable.Open(path, profil.Bentuk);
        }
        var layout = profil.IsZip ? profil.Tabel.First(t => t.Nama == profil.Utama).Bentuk : profil.Bentuk;
        var scope = new Scope(this, main, joined, layout);
        var variables = Variables(main, relativePath, scope);
        sourceColumns = profil.Kolom.Where(k => k.Kolom is not null && scope.Resolve(k.Kolom).Table >= 0)
            .ToDictionary(k => k.Field, k => scope.Resolve(k.Kolom!).Header, StringComparer.Ordinal);
        return new TabularFile
        {
            RelativePath = relativePath,
            Columns = ProfilParser.Fields(profil.Jenis),
            UnknownColumns = [],
            Records = Records(main, scope, variables, skipped, zip),
        };
    }

    private static string Clean(string value, BentukTabel bentuk)
    {
        var trimmed = value.Trim();
        return bentuk.Kosong.Contains(trimmed) ? "" : trimmed;
    }

    private int Index(ProfilTable table, string column, string key, string? tableName = null)
    {
        var index = IndexOf(table, column);
        return index >= 0 ? index : throw new UnreadableFileException(
            $"Kolom '{column}' yang disebut profil {profil.Nama} (kunci {key}) tidak ada di {(tableName is null ? "berkas" : $"tabel {tableName}")} " +
            $"(kolom yang ada: {string.Join(", ", table.Headers.Where(h => h.Length > 0).Take(40))}).", column);
    }

    private static int IndexOf(ProfilTable table, string column)
    {
        var name = ProfilTable.ColumnName(column);
        for (var i = 0; i < table.Columns.Count; i++) if (table.Columns[i] == name) return i;
        return -1;
    }

    private Dictionary<string, string> Variables(ProfilTable main, string relativePath, Scope scope)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var fileName = Path.GetFileName(relativePath);
        foreach (var variabel in profil.Variabel)
        {
            var isian = variabel.Isian;
            var text = isian switch
            {
                { Sel: { } sel } => main.Cells.TryGetValue(sel, out var cell) ? cell : "",
                { NamaBerkas: { } pattern } => Regex.Match(fileName, pattern, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) is { Success: true } m
                    ? (m.Groups.Count > 1 ? m.Groups[1].Value : m.Value)
                    : throw new UnreadableFileException($"Nama berkas '{fileName}' tidak cocok dengan pola {pattern} (profil {profil.Nama}, kunci {isian.Key}.nama_berkas)."),
                { NamaFolder: true } => kodePuskesmas,
                { Tetap: { } tetap } => tetap,
                { Templat: { } templat } => scope.Fill(templat, values, null, null),
                _ => "",
            };
            var (value, problem, _) = Modify(new FieldPlan(isian), text, isian.Sel ?? isian.Key);
            if (problem is not null)
                throw new UnreadableFileException($"Variabel {variabel.Nama} (profil {profil.Nama}, kunci {isian.Key}): {problem.Alasan}", isian.Sel);
            values[variabel.Nama] = value;
        }
        return values;
    }

    private IEnumerable<SourceRecord> Records(ProfilTable main, Scope scope, Dictionary<string, string> variables, SkippedRows skipped, ZipArchive? zip)
    {
        using var _ = zip;
        var groups = scope.Groups;
        foreach (var row in main.Rows)
        {
            if (row.Problem is not null)
            {
                yield return new SourceRecord(row.Line, new Dictionary<string, string>(), row.Raw, Problem: row.Problem);
                continue;
            }
            if (Array.TrueForAll(row.Fields, string.IsNullOrWhiteSpace)) continue;
            var joinedRows = scope.Join(row, out var joinProblem);
            if (groups is null)
            {
                yield return Build(row, joinedRows, joinProblem, variables, null, scope, skipped);
                continue;
            }
            foreach (var group in groups)
                if (group.Take(row) is { } overlay)
                    yield return Build(row, joinedRows, joinProblem, variables, (overlay, group.Carried), scope, skipped);
        }
    }

    private SourceRecord Build(RawRow row, string[]?[] joinedRows, RowProblem? joinProblem, Dictionary<string, string> variables,
        (Dictionary<string, string> Values, IReadOnlyList<KeyValuePair<string, string>> Carried)? unpivoted, Scope scope, SkippedRows skipped)
    {
        var overlay = unpivoted?.Values;
        var values = new Dictionary<string, string>(plans.Length + 1, StringComparer.Ordinal);
        List<RowProblem>? problems = joinProblem is null ? null : [joinProblem];
        HashSet<string>? numbers = null;
        var skip = false;
        if (variables.Count > 0) foreach (var (name, value) in variables) if (scope.IsField(name)) values[name] = value;
        if (overlay is not null) foreach (var (name, value) in overlay) if (scope.IsField(name)) values[name] = value;
        for (var p = 0; p < plans.Length; p++)
        {
            var plan = plans[p];
            var isian = plan.Isian;
            var (text, column, isNumber) = scope.Source(p, isian, row, joinedRows, variables, overlay, unpivoted?.Carried);
            var (value, problem, lewati) = Modify(plan, text, column);
            if (lewati)
            {
                skip = true;
                skipped.Add($"{column} '{text}'");
                break;
            }
            if (problem is not null) (problems ??= []).Add(problem);
            values[isian.Field] = value;
            if (isNumber) (numbers ??= []).Add(isian.Field);
        }
        if (skip) return SourceRecord.Skipped(row.Line);
        values.TryAdd("kode_puskesmas", kodePuskesmas);
        return new SourceRecord(row.Line, values, row.Raw, numbers) { ReadProblems = problems, SourceColumns = sourceColumns };
    }

    /// <summary>Split, value map, date format and crosswalk, in that order.</summary>
    private (string Value, RowProblem? Problem, bool Lewati) Modify(FieldPlan plan, string text, string column)
    {
        var isian = plan.Isian;
        var value = text;
        if (isian.Pisah is { Length: > 0 } separator)
        {
            var parts = value.Split(separator);
            value = isian.Bagian <= parts.Length ? parts[isian.Bagian - 1].Trim() : "";
        }
        if (plan.Map is { } map && value.Length > 0 && map.Find(value) is { } mapped)
        {
            if (mapped == Pemetaan.Lewati) return ("", null, true);
            value = mapped;
        }
        if (isian.FormatTanggal is { } formats && value.Length > 0)
        {
            if (plan.Date(value) is { } date) value = date;
            else return (value, new RowProblem(column, $"{column} '{text}' bukan tanggal dengan format {string.Join(" atau ", formats)}") { Field = isian.Field }, false);
        }
        if (isian.Pemetaan is { } jenis && value.Length > 0)
        {
            var code = pemetaan.Find(jenis, value, isian.HanyaPemetaan);
            if (code == Pemetaan.Lewati) return ("", null, true);
            if (code is null)
                return (value, new RowProblem(column, $"{column} '{value}' belum dipetakan ke kode {jenis}: petakan di halaman Pemetaan, baris ini dimuat pada impor berikutnya")
                {
                    Field = isian.Field,
                    Unmapped = (jenis, Pemetaan.Normalize(value)),
                }, false);
            value = code;
        }
        return (value, null, false);
    }

    /// <summary>What reading one field needs beyond its definition, made once per file.</summary>
    private sealed class FieldPlan(Isian isian)
    {
        private const int RememberedDates = 100_000;
        private readonly Dictionary<string, string?> dates = new(StringComparer.Ordinal);

        public Isian Isian => isian;

        public ValueMap? Map { get; } = isian.Nilai is { } nilai ? new ValueMap(nilai)
            : isian.Field == "jenis_kelamin" ? new ValueMap(JenisKelaminWords) : null;

        /// <summary>The date in the contract's form, or null when it is in none of the field's formats.</summary>
        public string? Date(string value)
        {
            if (dates.TryGetValue(value, out var known)) return known;
            var date = ProfilDates.Parse(value, isian.FormatTanggal!)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (dates.Count < RememberedDates) dates[value] = date;
            return date;
        }
    }

    /// <summary>A value map's entries, compared trimmed and without regard to case; a key ending in <c>*</c> matches every
    /// value starting with it (ICD-10 <c>E11*</c> for E11.9), the longest such key first. Built once per map.</summary>
    private sealed class ValueMap
    {
        private readonly Dictionary<string, string> exact = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(string Prefix, string Code)> prefixes = [];

        public ValueMap(IReadOnlyList<KeyValuePair<string, string>> map)
        {
            foreach (var (key, code) in map)
                if (key.EndsWith('*')) prefixes.Add((key[..^1].Trim(), code));
                else exact.TryAdd(key.Trim(), code);
            prefixes.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        }

        public string? Find(string value)
        {
            var trimmed = value.Trim();
            if (exact.TryGetValue(trimmed, out var code)) return code;
            foreach (var (prefix, mapped) in prefixes)
                if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return mapped;
            return null;
        }
    }

    /// <summary>Where each name a profile uses is found: a column of the main table or of a joined one, a variable, or
    /// a value an unpivoted column carries.</summary>
    private sealed class Scope
    {
        private readonly ProfilReader reader;
        private readonly ProfilTable main;
        private readonly List<(Gabung Gabung, ProfilTable Table, Dictionary<string, string[]> Rows)> joined;
        private readonly BentukTabel layout;
        private readonly HashSet<string> fields;
        private readonly int[] joinKeys;
        private readonly BentukTabel[] joinedLayouts;
        private readonly Dictionary<string, (int Table, int Index, string Header)> columns = new(StringComparer.Ordinal);

        /// <summary>The names as the profile writes them, resolved once: a miss (-1) is a variable or a carried value.</summary>
        private readonly Dictionary<string, (int Table, int Index, string Header)> resolved = new(StringComparer.Ordinal);
        /// <summary>The id fields built with the NIK's column, stored as a keyed hash.</summary>
        private readonly HashSet<string> idsFromNik;

        public Scope(ProfilReader reader, ProfilTable main, List<(Gabung Gabung, ProfilTable Table, Dictionary<string, string[]> Rows)> joined, BentukTabel layout)
        {
            this.reader = reader;
            this.main = main;
            this.joined = joined;
            this.layout = layout;
            fields = ProfilParser.Fields(reader.profil.Jenis).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < main.Columns.Count; i++) columns.TryAdd(main.Columns[i], (0, i, main.Headers[i]));
            for (var t = 0; t < joined.Count; t++)
            {
                var (gabung, table, _) = joined[t];
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    columns.TryAdd($"{ProfilTable.ColumnName(gabung.Tabel)}.{table.Columns[i]}", (t + 1, i, $"{gabung.Tabel}.{table.Headers[i]}"));
                    columns.TryAdd(table.Columns[i], (t + 1, i, $"{gabung.Tabel}.{table.Headers[i]}"));
                }
            }
            joinKeys = joined.Select(j => reader.Index(main, j.Gabung.KunciUtama, $"{j.Gabung.Key}.kunci_utama")).ToArray();
            joinedLayouts = joined.Select(j => reader.profil.Tabel.First(t => t.Nama == j.Gabung.Tabel).Bentuk).ToArray();
            var known = reader.profil.Variabel.Select(v => v.Nama)
                .Concat(reader.profil.Uraikan?.Kolom.SelectMany(c => c.Nilai.Select(n => n.Key).Append(c.Isi ?? "")) ?? [])
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var isian in reader.profil.Kolom)
                foreach (var name in Names(isian))
                    if (!known.Contains(name) && !columns.ContainsKey(ProfilTable.ColumnName(name)))
                        reader.Index(main, name, isian.Key);
            var nikColumn = reader.profil.Kolom.FirstOrDefault(k => k.Field == "nik")?.Kolom is { } nik ? ProfilTable.ColumnName(nik) : null;
            idsFromNik = reader.profil.Kolom
                .Where(k => k.IdDari is { } parts && nikColumn is not null && parts.Any(p => ProfilTable.ColumnName(p) == nikColumn))
                .Select(k => k.Field).ToHashSet(StringComparer.Ordinal);
            Groups = reader.profil.Uraikan is { } uraikan ? UraianGroup.Of(uraikan, this) : null;
            planColumns = reader.plans.Select(p => p.Isian.Kolom is { } kolom ? Resolve(kolom) : (-1, -1, "")).ToArray();
            planParts = reader.plans.Select(p => p.Isian.IdDari?.Select(Resolve).ToArray()).ToArray();
        }

        /// <summary>Per field of <c>kolom</c>: its column, and the columns its id is made of, found once per file rather
        /// than by name on every row.</summary>
        private readonly (int Table, int Index, string Header)[] planColumns;
        private readonly (int Table, int Index, string Header)[]?[] planParts;

        public IReadOnlyList<UraianGroup>? Groups { get; }

        public BentukTabel Layout => layout;

        public bool IsField(string name) => fields.Contains(name);

        public int Column(string name, string key) => columns.TryGetValue(ProfilTable.ColumnName(name), out var found) && found.Table == 0
            ? found.Index
            : reader.Index(main, name, key);

        private static IEnumerable<string> Names(Isian isian) =>
            isian.Kolom is { } kolom ? [kolom]
            : isian.IdDari is { } parts ? parts
            : isian.Templat is { } templat ? TemplateNames(templat)
            : [];

        private static IEnumerable<string> TemplateNames(string templat) => Placeholder().Matches(templat).Select(m => m.Groups[1].Value);

        public string[]?[] Join(RawRow row, out RowProblem? problem)
        {
            problem = null;
            if (joined.Count == 0) return [];
            var rows = new string[]?[joined.Count];
            for (var t = 0; t < joined.Count; t++)
            {
                var key = joinKeys[t] < row.Fields.Length ? Clean(row.Fields[joinKeys[t]], layout) : "";
                if (joined[t].Rows.TryGetValue(key, out var found)) rows[t] = found;
                else problem ??= new RowProblem(joined[t].Gabung.KunciUtama,
                    $"{joined[t].Gabung.KunciUtama} '{key}' tidak ditemukan di tabel {joined[t].Gabung.Tabel}");
            }
            return rows;
        }

        /// <summary>The value a name has in this row: a column, a variable or an unpivoted column's value.</summary>
        public string Value(string name, RawRow row, string[]?[] joinedRows, IReadOnlyDictionary<string, string> variables,
            IReadOnlyDictionary<string, string>? overlay, out bool isNumber)
        {
            isNumber = false;
            if (overlay is not null && overlay.TryGetValue(name, out var carried)) return carried;
            var column = Resolve(name);
            if (column.Table >= 0) return Cell(column, row, joinedRows, out isNumber);
            return variables.TryGetValue(name, out var variable) ? variable : "";
        }

        /// <summary>Where a name, as the profile writes it, is found among the columns; Table -1 when it is none.</summary>
        public (int Table, int Index, string Header) Resolve(string name)
        {
            if (!resolved.TryGetValue(name, out var column))
                resolved[name] = column = columns.TryGetValue(ProfilTable.ColumnName(name), out var found) ? found : (-1, -1, "");
            return column;
        }

        public string Cell((int Table, int Index, string Header) column, RawRow row, string[]?[] joinedRows, out bool isNumber)
        {
            isNumber = false;
            var fieldsOfRow = column.Table == 0 ? row.Fields : joinedRows[column.Table - 1];
            if (fieldsOfRow is null || column.Index >= fieldsOfRow.Length) return "";
            isNumber = column.Table == 0 && row.NumberCells is { } numbers && column.Index < numbers.Length && numbers[column.Index];
            return Clean(fieldsOfRow[column.Index], column.Table == 0 ? layout : joinedLayouts[column.Table - 1]);
        }

        public string Fill(string templat, IReadOnlyDictionary<string, string> variables, RawRow? row, string[]?[]? joinedRows,
            IReadOnlyDictionary<string, string>? overlay = null) =>
            Placeholder().Replace(templat, m => row is null
                ? variables.TryGetValue(m.Groups[1].Value, out var v) ? v : ""
                : Value(m.Groups[1].Value, row, joinedRows!, variables, overlay, out _));

        /// <summary>The field's text before its modifiers, the column a problem should name, and whether an XLSX number cell held it.</summary>
        /// <param name="carried">An unpivoted row's carried values, which an id made with id_dari ends with: each mark is a row of its own.</param>
        /// <param name="plan">The field's place in <c>kolom</c>, whose columns were resolved once for the file.</param>
        public (string Text, string Column, bool IsNumber) Source(int plan, Isian isian, RawRow row, string[]?[] joinedRows,
            IReadOnlyDictionary<string, string> variables, IReadOnlyDictionary<string, string>? overlay, IReadOnlyList<KeyValuePair<string, string>>? carried)
        {
            if (isian.Kolom is { } kolom)
            {
                var column = planColumns[plan];
                if (column.Table >= 0 && overlay?.ContainsKey(kolom) != true)
                    return (Cell(column, row, joinedRows, out var fromCell), column.Header, fromCell);
                return (Value(kolom, row, joinedRows, variables, overlay, out var isNumber), kolom, isNumber);
            }
            if (isian.Tetap is { } tetap) return (tetap, isian.Field, false);
            if (isian.Templat is { } templat) return (Fill(templat, variables, row, joinedRows, overlay), isian.Field, false);
            if (isian.IdDari is { } parts)
            {
                var id = new System.Text.StringBuilder();
                var resolvedParts = planParts[plan]!;
                for (var i = 0; i < parts.Count; i++)
                {
                    if (i > 0) id.Append('|');
                    id.Append(overlay is null && resolvedParts[i].Table >= 0
                        ? Cell(resolvedParts[i], row, joinedRows, out _)
                        : Value(parts[i], row, joinedRows, variables, overlay, out _));
                }
                foreach (var value in carried ?? []) id.Append('|').Append(value.Value);
                // The id is stored and shown in clear: an id built from a NIK is replaced by a keyed hash of it.
                return (idsFromNik.Contains(isian.Field) ? "#" + reader.pseudonymizer.ForRecordId(reader.kodePuskesmas, id.ToString()) : id.ToString(),
                    isian.Field, false);
            }
            return ("", isian.Field, false);
        }
    }

    /// <summary>The unpivoted columns sharing the same carried values (one service, or one month's block), which give
    /// one row when any of them holds a mark or a value.</summary>
    private sealed class UraianGroup(IReadOnlyList<KeyValuePair<string, string>> carried, IReadOnlyList<(int Index, string? Isi)> cells,
        IReadOnlySet<string> marks, BentukTabel layout)
    {
        public static List<UraianGroup> Of(Uraian uraian, Scope scope) =>
            uraian.Kolom
                .GroupBy(k => string.Join('\u001f', k.Nilai.Select(n => $"{n.Key}={n.Value}")))
                .Select(g => new UraianGroup(g.First().Nilai, g.Select(k => (scope.Column(k.Kolom, k.Key), k.Isi)).ToList(), uraian.Tanda, scope.Layout))
                .ToList();

        public IReadOnlyList<KeyValuePair<string, string>> Carried => carried;

        public Dictionary<string, string>? Take(RawRow row)
        {
            Dictionary<string, string>? overlay = null;
            foreach (var (index, isi) in cells)
            {
                var value = index < row.Fields.Length ? Clean(row.Fields[index], layout) : "";
                if (value.Length == 0) continue;
                if (isi is null && !marks.Contains(value)) continue;
                overlay ??= new Dictionary<string, string>(carried, StringComparer.OrdinalIgnoreCase);
                if (isi is not null) overlay[isi] = value;
            }
            return overlay;
        }
    }

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Placeholder();
}
