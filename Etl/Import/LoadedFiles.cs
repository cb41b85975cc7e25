using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Import;

/// <summary>Decides which of a source's files a run reads. A file is read again when its content changed, when
/// it is new, when the rules it was checked against changed (catalog, area), or, once a day, when it has rows
/// in karantina (a service date that was in the future may have become valid). Files of one kind are read in
/// name order and a later file wins a key, so once one file of a kind is read, every later file of that kind
/// is read too; the earlier, unchanged ones are skipped.</summary>
public sealed class LoadedFiles
{
    private readonly IReadOnlyDictionary<string, string> registered;
    private readonly IReadOnlySet<string> quarantined;
    private readonly string rules;
    private readonly Func<string, string> rulesOf;
    private readonly string today;
    private readonly Dictionary<string, (long Size, string Fingerprint)> seen = new(StringComparer.Ordinal);

    private LoadedFiles(IReadOnlyDictionary<string, string> registered, IReadOnlySet<string> quarantined, string rules,
        Func<string, string> rulesOf, string today)
    {
        this.registered = registered;
        this.quarantined = quarantined;
        this.rules = rules;
        this.rulesOf = rulesOf;
        this.today = today;
    }

    public int Skipped { get; private set; }

    /// <param name="folder">The source's folder in the inbox (<c>master</c> or a puskesmas code).</param>
    /// <param name="rules">Stands for everything a file's rows are checked against besides its content.</param>
    /// <param name="rulesOf">What else one file's rows are read with, by its path relative to the inbox: for a file an
    /// intake profile reads, the profile and the crosswalks.</param>
    /// <param name="today">The day (Asia/Jakarta) whose verdicts a file with quarantined rows keeps.</param>
    public static LoadedFiles Read(Dialect dialect, DbConnection connection, string folder, string rules, Func<string, string> rulesOf, DateOnly today)
    {
        var prefix = new { awalan = folder + "/%" };
        var registered = connection.Query<(string Sumber, string Sidik)>(Sql(dialect, "berkas_terdaftar"), prefix)
            .ToDictionary(r => r.Sumber, r => r.Sidik, StringComparer.Ordinal);
        var quarantined = connection.Query<string>(Sql(dialect, "berkas_dikarantina"), prefix).ToHashSet(StringComparer.Ordinal);
        return new LoadedFiles(registered, quarantined, rules, rulesOf, Day(today));
    }

    /// <summary>How the registry marks a fingerprint whose file had quarantined rows on that day.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>For a source without files (a FHIR server): nothing registered, everything read.</summary>
    public static LoadedFiles None { get; } = new(new Dictionary<string, string>(), new HashSet<string>(), "", _ => "", "");

    /// <summary>The files of one kind, in read order, that this run must read.</summary>
    public IReadOnlyList<InboxReader.InboxFile> Pending(IReadOnlyList<InboxReader.InboxFile> files)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var expected = quarantined.Contains(file.Relative) ? $"{Of(file).Fingerprint}:{today}" : Of(file).Fingerprint;
            if (!registered.TryGetValue(file.Relative, out var before) || before != expected)
            {
                Skipped += i;
                return files.Skip(i).ToList();
            }
        }
        Skipped += files.Count;
        return [];
    }

    /// <summary>The file's size and fingerprint as this run saw it.</summary>
    public (long Size, string Fingerprint) Of(InboxReader.InboxFile file)
    {
        if (seen.TryGetValue(file.Relative, out var known)) return known;
        using var stream = File.OpenRead(file.Full);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return seen[file.Relative] = (stream.Length, rulesOf(file.Relative) is { Length: > 0 } more ? $"{hash}:{rules}:{more}" : $"{hash}:{rules}");
    }

    /// <summary>A short stand-in for the rules a file's rows are checked against.</summary>
    public static string RulesVersion(string kabupaten, IEnumerable<string> layanan) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"1|{kabupaten}|{string.Join(',', layanan.Order(StringComparer.Ordinal))}")))[..16];

    private static string Sql(Dialect dialect, string name) => dialect.Sql(typeof(LoadedFiles).Assembly, name);
}
