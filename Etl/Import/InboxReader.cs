using System.Globalization;
using System.Text.RegularExpressions;
using Pws.Core.Inbox;
using Pws.Etl.Inbox;
using Pws.Etl.Master;
using Pws.Etl.Sources.Fhir;
using Pws.Etl.Sources.Profil;
using Pws.Etl.Validation;

namespace Pws.Etl.Import;

/// <summary>Walks the folder inbox in ordinal order of names, reads each file row by row and sends
/// bad rows, and files that cannot be read at all, to the karantina.</summary>
/// <param name="fileRead">Told of every file as it is read.</param>
/// <param name="pending">Of a kind's files in read order, those to read (<see cref="LoadedFiles.Pending"/>).</param>
/// <param name="notRead">Told of every file or folder quarantined without being read, by its path relative to the inbox.</param>
/// <param name="intake">Reads the files an intake profile claims; every other file is read as the contract says.</param>
public sealed partial class InboxReader(string inbox, SourceSummary summary, Karantina karantina, Action<InboxReader.InboxFile> fileRead,
    Func<IReadOnlyList<InboxReader.InboxFile>, IReadOnlyList<InboxReader.InboxFile>> pending, Action<string> notRead, ProfilIntake intake)
{
    public const string OutsideInbox = "tautan simbolik ke luar folder inbox tidak dibaca";

    private readonly string realInbox = RealPath.Of(inbox);
    private readonly HashSet<string> refused = new(StringComparer.Ordinal);

    public sealed record InboxFile(string Full, string Relative);

    public const string MasterFolder = "master";

    public void ReadMasters(MasterData masters, IReadOnlySet<string> kecamatan, IReadOnlySet<string> villages)
    {
        var folder = Path.Combine(inbox, MasterFolder);
        ReadMasterTargets(folder, masters, villages);
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
    }

    /// <summary>The JKN and sasaran files, each in its own read order: the contract's own and those an intake profile
    /// claims (wide layouts, a village per row), whose periode or year comes from the profile rather than the name.</summary>
    private void ReadMasterTargets(string folder, MasterData masters, IReadOnlySet<string> villages)
    {
        foreach (var jknFile in KindFiles(folder, Profil.Jkn, name => IsMasterFile(name, "jkn_")))
        {
            var match = JknPeriode().Match(Path.GetFileName(jknFile.Full));
            var filePeriode = match.Success && intake.For(jknFile.Relative) is null ? MasterRules.ParsePeriode(match.Groups[1].Value) : null;
            ReadRows(jknFile, JenisBerkas.Jkn.Wajib, JenisBerkas.Jkn.Opsional, record =>
            {
                var (row, problems) = MasterRules.Jkn(record, villages, filePeriode);
                if (row is not null) masters.Jkn[(row.Tahun, row.Bulan, row.KodeDesa)] = row;
                return row is null ? problems : null;
            });
        }
        foreach (var sasaranFile in KindFiles(folder, Profil.Sasaran, name => IsMasterFile(name, "sasaran_")))
        {
            var match = SasaranYear().Match(Path.GetFileName(sasaranFile.Full));
            int? fileYear = match.Success && intake.For(sasaranFile.Relative) is null ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            ReadRows(sasaranFile, JenisBerkas.Sasaran.Wajib, JenisBerkas.Sasaran.Opsional, record =>
            {
                var (row, problems) = MasterRules.Sasaran(record, villages, fileYear);
                if (row is not null) masters.Sasaran[(row.Tahun, row.KodeDesa, row.JenisSasaran)] = row;
                return row is null ? problems : null;
            });
        }
    }

    /// <summary>A folder's files of one kind in ordinal order of names: those an intake profile of that kind claims, and
    /// those no profile claims whose name is the contract's for the kind.</summary>
    private IEnumerable<InboxFile> KindFiles(string folder, string kind, Func<string, bool> contractName) =>
        pending(InsideFiles(folder, "*", name => intake.For(Relative(name)) is { } profil
            ? profil.Jenis == kind
            : contractName(Path.GetFileName(name))));

    private static bool IsMasterFile(string fileName, string prefix) =>
        fileName.StartsWith(prefix, StringComparison.Ordinal) && fileName.EndsWith(".csv", StringComparison.Ordinal);

    /// <summary>Whether a file's name is one the contract reads, in a puskesmas folder or the master folder.</summary>
    public static bool IsContractFile(string fileName) =>
        (fileName.StartsWith("kunjungan_", StringComparison.Ordinal) || fileName.StartsWith("skrining_", StringComparison.Ordinal)
         || fileName.StartsWith("agregat_", StringComparison.Ordinal))
        && Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".xlsx"
        || fileName is "puskesmas.csv" or "wilayah_kerja.csv" || IsMasterFile(fileName, "jkn_") || IsMasterFile(fileName, "sasaran_");

    /// <summary>A puskesmas folder's files of one kind (<c>kunjungan</c>, <c>skrining</c>, <c>agregat</c>), CSV or XLSX,
    /// in ordinal order of names.</summary>
    public IEnumerable<InboxFile> PuskesmasFiles(string kodePuskesmas, string kind) => KindFiles(Path.Combine(inbox, kodePuskesmas), kind,
        name => name.StartsWith(kind + "_", StringComparison.Ordinal) && Path.GetExtension(name).ToLowerInvariant() is ".csv" or ".xlsx");

    /// <summary>Reads one file; <paramref name="handle"/> returns the problems of a bad row, or null.</summary>
    public void ReadRows(InboxFile file, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional,
        Func<SourceRecord, IReadOnlyList<RowProblem>?> handle)
    {
        summary.Files++;
        fileRead(file);
        try
        {
            var table = intake.For(file.Relative) is { } profil
                ? intake.Open(profil, file.Full, file.Relative)
                : TabularFile.Open(file.Full, file.Relative, required, optional);
            if (table.UnknownColumns.Count > 0)
                summary.UnknownColumns.Add((file.Relative, table.UnknownColumns));
            foreach (var record in table.Records)
            {
                if (record.IsSkipped) continue;
                summary.RowsRead++;
                var problems = TextRules.Check(record) is { Count: > 0 } unreadable ? unreadable : record.ReadProblems ?? handle(record);
                if (problems is { Count: > 0 }) problems = record.InSourceTerms(problems);
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

    private InboxFile ToInboxFile(string full) => new(full, Relative(full));

    private string Relative(string full) => Path.GetRelativePath(inbox, full).Replace(Path.DirectorySeparatorChar, '/');

    [GeneratedRegex(@"^sasaran_(\d{4})\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex SasaranYear();

    [GeneratedRegex(@"^jkn_(\d{4}-\d{2})\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex JknPeriode();
}
