using System.Globalization;
using System.Text.RegularExpressions;
using Pws.Core.Inbox;
using Pws.Etl.Inbox;
using Pws.Etl.Master;
using Pws.Etl.Sources.Fhir;
using Pws.Etl.Validation;

namespace Pws.Etl.Import;

/// <summary>Walks the folder inbox in ordinal order of names, reads each file row by row and sends
/// bad rows, and files that cannot be read at all, to the karantina.</summary>
/// <param name="fileRead">Told of every file as it is read.</param>
/// <param name="pending">Of a kind's files in read order, those to read (<see cref="LoadedFiles.Pending"/>).</param>
/// <param name="notRead">Told of every file or folder quarantined without being read, by its path relative to the inbox.</param>
public sealed partial class InboxReader(string inbox, SourceSummary summary, Karantina karantina, Action<InboxReader.InboxFile> fileRead,
    Func<IReadOnlyList<InboxReader.InboxFile>, IReadOnlyList<InboxReader.InboxFile>> pending, Action<string> notRead)
{
    public const string OutsideInbox = "tautan simbolik ke luar folder inbox tidak dibaca";

    private readonly string realInbox = RealPath.Of(inbox);
    private readonly HashSet<string> refused = new(StringComparer.Ordinal);

    public sealed record InboxFile(string Full, string Relative);

    public const string MasterFolder = "master";

    public void ReadMasters(MasterData masters, IReadOnlySet<string> kecamatan, IReadOnlySet<string> villages)
    {
        var folder = Path.Combine(inbox, MasterFolder);
        foreach (var puskesmasFile in Find(folder, "puskesmas.csv"))
            ReadRows(puskesmasFile, JenisBerkas.Puskesmas.Wajib, JenisBerkas.Puskesmas.Opsional, record =>
            {
                var (row, problems) = MasterRules.Puskesmas(record, kecamatan);
                if (row is not null) masters.Puskesmas[row.KodePuskesmas] = row;
                return row is null ? problems : null;
            });
        foreach (var wilayahKerjaFile in Find(folder, "wilayah_kerja.csv"))
            ReadRows(wilayahKerjaFile, JenisBerkas.WilayahKerja.Wajib, JenisBerkas.WilayahKerja.Opsional, record =>
            {
                var (row, problems) = MasterRules.WilayahKerja(record, villages);
                if (row is null) return problems;
                if (!masters.WilayahKerja.TryGetValue(row.KodePuskesmas, out var desa))
                    masters.WilayahKerja[row.KodePuskesmas] = desa = new HashSet<string>(StringComparer.Ordinal);
                desa.Add(row.KodeDesa);
                return null;
            });
        foreach (var jknFile in Files(folder, "jkn_*.csv"))
        {
            var match = JknPeriode().Match(Path.GetFileName(jknFile.Full));
            var filePeriode = match.Success ? MasterRules.ParsePeriode(match.Groups[1].Value) : null;
            ReadRows(jknFile, JenisBerkas.Jkn.Wajib, JenisBerkas.Jkn.Opsional, record =>
            {
                var (row, problems) = MasterRules.Jkn(record, villages, filePeriode);
                if (row is not null) masters.Jkn[(row.Tahun, row.Bulan, row.KodeDesa)] = row;
                return row is null ? problems : null;
            });
        }
        foreach (var sasaranFile in Files(folder, "sasaran_*.csv"))
        {
            var match = SasaranYear().Match(Path.GetFileName(sasaranFile.Full));
            int? fileYear = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            ReadRows(sasaranFile, JenisBerkas.Sasaran.Wajib, JenisBerkas.Sasaran.Opsional, record =>
            {
                var (row, problems) = MasterRules.Sasaran(record, villages, fileYear);
                if (row is not null) masters.Sasaran[(row.Tahun, row.KodeDesa, row.JenisSasaran)] = row;
                return row is null ? problems : null;
            });
        }
    }

    /// <summary>A puskesmas folder's files of one kind (<c>kunjungan</c>, <c>skrining</c>), CSV or XLSX,
    /// in ordinal order of names.</summary>
    public IEnumerable<InboxFile> PuskesmasFiles(string kodePuskesmas, string kind) => pending(
        InsideFiles(Path.Combine(inbox, kodePuskesmas), kind + "_*", f => Path.GetExtension(f).ToLowerInvariant() is ".csv" or ".xlsx"));

    /// <summary>Reads one file; <paramref name="handle"/> returns the problems of a bad row, or null.</summary>
    public void ReadRows(InboxFile file, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional,
        Func<SourceRecord, IReadOnlyList<RowProblem>?> handle)
    {
        summary.Files++;
        fileRead(file);
        try
        {
            var table = TabularFile.Open(file.Full, file.Relative, required, optional);
            if (table.UnknownColumns.Count > 0)
                summary.UnknownColumns.Add((file.Relative, table.UnknownColumns));
            foreach (var record in table.Records)
            {
                summary.RowsRead++;
                var problems = TextRules.Check(record) is { Count: > 0 } unreadable ? unreadable : handle(record);
                if (problems is { Count: > 0 }) karantina.Row(file.Relative, record.Line, problems, record.Raw, record.Get("nik"));
                else summary.RowsLoaded++;
            }
        }
        catch (UnreadableFileException e)
        {
            karantina.File(file.Relative, e.Message, e.Column);
        }
    }

    /// <summary>A puskesmas folder's FHIR files (<c>fhir/*.json</c>, <c>fhir/*.ndjson</c>), in ordinal order.</summary>
    public IEnumerable<InboxFile> FhirFiles(string kodePuskesmas)
    {
        var folder = Path.Combine(inbox, kodePuskesmas, "fhir");
        return Directory.Exists(folder)
            ? pending(InsideFiles(folder, "*", f => Path.GetExtension(f).ToLowerInvariant() is ".json" or ".ndjson"))
            : [];
    }

    /// <summary>Reads one FHIR file; a file that cannot be read at all goes to the karantina whole.</summary>
    public void ReadFhir(InboxFile file, Action<FhirItem> handle)
    {
        summary.Files++;
        fileRead(file);
        try
        {
            foreach (var item in FhirFileReader.Read(file.Full, file.Relative)) handle(item);
        }
        catch (UnreadableFileException e)
        {
            karantina.File(file.Relative, e.Message);
        }
    }

    private IEnumerable<InboxFile> Find(string folder, string name) =>
        File.Exists(Path.Combine(folder, name)) ? pending(InsideFiles(folder, name, _ => true)) : [];

    private IEnumerable<InboxFile> Files(string folder, string pattern) => pending(InsideFiles(folder, pattern, _ => true));

    /// <summary>A folder's files matching the pattern, in ordinal order, that really lie in the inbox. A symbolic
    /// link (to a file, or the folder itself) leading out of the inbox would put another folder's files into the
    /// warehouse and the karantina: it is quarantined whole, and never opened.</summary>
    private List<InboxFile> InsideFiles(string folder, string pattern, Func<string, bool> kind)
    {
        if (!Inside(folder))
        {
            Refuse(folder);
            return [];
        }
        var files = new List<InboxFile>();
        foreach (var file in Directory.GetFiles(folder, pattern).Where(kind).Order(StringComparer.Ordinal))
            if (Inside(file)) files.Add(ToInboxFile(file));
            else Refuse(file);
        return files;
    }

    private bool Inside(string path) =>
        RealPath.Of(path).StartsWith(realInbox.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Each refused path once a run, though a folder is listed for several kinds of file.</summary>
    private void Refuse(string path)
    {
        var relative = ToInboxFile(path).Relative;
        if (!refused.Add(relative)) return;
        summary.Files++;
        notRead(relative);
        karantina.File(relative, OutsideInbox);
    }

    private InboxFile ToInboxFile(string full) =>
        new(full, Path.GetRelativePath(inbox, full).Replace(Path.DirectorySeparatorChar, '/'));

    [GeneratedRegex(@"^sasaran_(\d{4})\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex SasaranYear();

    [GeneratedRegex(@"^jkn_(\d{4}-\d{2})\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex JknPeriode();
}
