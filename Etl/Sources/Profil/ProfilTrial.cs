using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pws.Core.Area;
using Pws.Core.Catalog;
using Pws.Core.Time;
using Pws.Etl.Import;
using Pws.Etl.Inbox;
using Pws.Etl.Master;
using Pws.Etl.Master.Wilayah;
using Pws.Etl.Pseudonymization;
using Pws.Etl.Validation;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Sources.Profil;

/// <summary><c>coba</c>: reads one file as the import would (through its profile, or as a contract file), with the
/// same rules and crosswalks, and reports how its first rows map, every problem and the counts, writing nothing.</summary>
public sealed class ProfilTrial(Dialect dialect, IndicatorCatalog catalog, ServedArea servedArea, TimeProvider clock)
{
    private const int ShownRows = 5;
    private const int ShownProblems = 50;

    /// <param name="file">The export to try.</param>
    /// <param name="profilName">A profile of the inbox by name; null: the one whose berlaku matches the file.</param>
    /// <param name="kodePuskesmas">The puskesmas the file is from; null: the name of the folder it lies in.</param>
    public TrialReport Run(string file, string inbox, string? profilName, string? kodePuskesmas)
    {
        if (!File.Exists(file)) return TrialReport.Failed($"Berkas {file} tidak ada.");
        var profiles = ProfilSet.Load(inbox);
        var fileName = Path.GetFileName(file);
        var folder = kodePuskesmas ?? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) ?? "";
        Profil? profil;
        if (profilName is not null)
        {
            profil = profiles.Named(profilName);
            if (profil is null)
                return TrialReport.Failed(string.Join(Environment.NewLine,
                    profiles.Errors.Select(e => e.Message).Prepend(
                        $"Profil '{profilName}' tidak ada di {Path.Combine(inbox, ProfilSet.Folder)} (profil yang dapat dipakai: " +
                        $"{(profiles.Profiles.Count == 0 ? "tidak ada" : string.Join(", ", profiles.Profiles.Select(p => p.Nama)))}).")));
        }
        else
        {
            profil = profiles.For(folder, fileName) ?? profiles.Profiles.FirstOrDefault(p => ProfilTable.Glob(p.Berlaku.Berkas).IsMatch(fileName));
        }
        var jenis = profil?.Jenis ?? ContractKind(fileName);
        if (jenis is null)
            return TrialReport.Failed(profiles.Errors.Count > 0
                ? string.Join(Environment.NewLine, profiles.Errors.Select(e => e.Message))
                : $"Tidak ada profil yang berlaku untuk {fileName}, dan namanya bukan berkas kontrak (kunjungan_*, skrining_*, agregat_*, sasaran_*, jkn_*): sebutkan --profil NAMA.");
        if (profil is not null && profil.IsMaster) folder = InboxReader.MasterFolder;
        var puskesmas = profil?.IsMaster == true || jenis is Profil.Sasaran or Profil.Jkn ? "" : folder;

        var (villages, area, pemetaan) = Reference(puskesmas);
        using var pseudonymizer = new Pseudonymizer(RandomNumberGenerator.GetBytes(32));
        var context = new RowContext(puskesmas, villages, area, catalog.Layanan, Wib.Today(clock), pseudonymizer)
            { KodeDesaPengganti = pemetaan.KodeDesaPengganti };
        var report = new TrialReport { Profil = profil?.Nama, Jenis = jenis, Columns = ProfilParser.Fields(jenis) };
        var skipped = new SkippedRows();
        try
        {
            var table = profil is not null
                ? new ProfilReader(profil, pemetaan, pseudonymizer, puskesmas).Open(file, fileName, skipped)
                : TabularFile.Open(file, fileName, ProfilParser.Berkas(jenis)!.Wajib, ProfilParser.Berkas(jenis)!.Opsional);
            foreach (var record in table.Records)
            {
                if (record.IsSkipped) continue;
                report.Read++;
                var problems = record.InSourceTerms(TextRules.Check(record) is { Count: > 0 } unreadable ? unreadable : record.ReadProblems ?? Check(jenis, record, context));
                if (report.FirstRows.Count < ShownRows)
                    report.FirstRows.Add((record.Line, report.Columns.Select(c => c == "nik" ? FieldParsers.MaskDigits(record.Get(c)) : record.Get(c)).ToList()));
                if (problems.Count == 0)
                {
                    report.WouldLoad++;
                    continue;
                }
                report.WouldQuarantine++;
                foreach (var problem in problems)
                {
                    if (report.Problems.Count < ShownProblems) report.Problems.Add((record.Line, problem.Kolom ?? "", FieldParsers.MaskNik(problem.Alasan)));
                    if (problem.Unmapped is { } unmapped) report.Unmapped[unmapped] = report.Unmapped.GetValueOrDefault(unmapped) + 1;
                }
            }
        }
        catch (UnreadableFileException e)
        {
            report.Error = e.Message;
        }
        report.Skipped = skipped.Count;
        return report;
    }

    private static string? ContractKind(string fileName) =>
        fileName.StartsWith("kunjungan_", StringComparison.Ordinal) ? Profil.Kunjungan
        : fileName.StartsWith("skrining_", StringComparison.Ordinal) ? Profil.Skrining
        : fileName.StartsWith("agregat_", StringComparison.Ordinal) ? Profil.Agregat
        : fileName.StartsWith("sasaran_", StringComparison.Ordinal) ? Profil.Sasaran
        : fileName.StartsWith("jkn_", StringComparison.Ordinal) ? Profil.Jkn
        : null;

    // A trial holds counts against no sasaran: it reads no warehouse figures, only codes and crosswalks.
    private BatasSasaran? noSasaran;

    private List<RowProblem> Check(string jenis, SourceRecord record, RowContext context) => jenis switch
    {
        Profil.Kunjungan => KunjunganRules.Check(record, context).Problems,
        Profil.Skrining => SkriningRules.Check(record, context).Problems,
        Profil.Agregat => AgregatRules.Check(record, context, noSasaran ??= BatasSasaran.Empty(catalog)).Problems,
        Profil.Sasaran => MasterRules.Sasaran(record, context.KnownVillages, null).Problems,
        _ => MasterRules.Jkn(record, context.KnownVillages, null).Problems,
    };

    /// <summary>The villages, area and crosswalks from the warehouse when it exists; a warehouse not yet made is not
    /// made by a trial, which then knows the shipped village codes only.</summary>
    private (IReadOnlySet<string> Villages, string Area, Pemetaan Pemetaan) Reference(string kodePuskesmas)
    {
        if (dialect is DuckDbDialect && !File.Exists(dialect.Location))
        {
            var shipped = File.ReadLines(Path.Combine(WilayahMaster.DataFolder, "villages.csv")).Skip(1)
                .Select(l => l.Split(',', 2)[0]).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            return (shipped, "", Pemetaan.Empty(shipped, catalog.Layanan));
        }
        new Warehouse.Migrations.Migrator(dialect).Apply();
        using var connection = dialect.Open();
        WilayahMaster.EnsureLoaded(dialect, connection);
        var villages = new KodeWilayahBerlaku(dialect).Desa(connection);
        var area = servedArea.Claim(connection, clock.GetUtcNow().UtcDateTime) ?? "";
        return (villages, area, Pemetaan.Load(dialect, connection, kodePuskesmas, area, villages, catalog.Layanan));
    }
}

/// <summary>What a trial found, as the command line prints it and the profile page shows it.</summary>
public sealed class TrialReport
{
    public string? Profil { get; init; }
    public string Jenis { get; init; } = "";
    public IReadOnlyList<string> Columns { get; init; } = [];
    public List<(int Baris, IReadOnlyList<string> Values)> FirstRows { get; } = [];
    public List<(int Baris, string Kolom, string Alasan)> Problems { get; } = [];
    public Dictionary<(string Jenis, string Nilai), int> Unmapped { get; } = [];
    public long Read { get; set; }
    public long WouldLoad { get; set; }
    public long WouldQuarantine { get; set; }
    public long Skipped { get; set; }

    /// <summary>Why the file (or the profile) could not be read at all.</summary>
    public string? Error { get; set; }

    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = "." };

    public static TrialReport Failed(string error) => new() { Error = error };

    public string Text()
    {
        var text = new StringBuilder();
        text.AppendLine(Profil is null ? $"Dibaca sebagai berkas kontrak {Jenis} (tanpa profil)." : $"Dibaca dengan profil '{Profil}' sebagai {Jenis}.");
        if (Error is not null) text.AppendLine($"Berkas tidak dapat dibaca: {Error}");
        if (FirstRows.Count > 0)
        {
            text.AppendLine().AppendLine($"Baris pertama dalam bentuk kontrak ({string.Join(", ", Columns)}):");
            foreach (var (baris, values) in FirstRows) text.AppendLine($"  baris {baris}: {string.Join(" | ", values)}");
        }
        if (Problems.Count > 0)
        {
            text.AppendLine().AppendLine("Masalah (baris, kolom, alasan):");
            foreach (var (baris, kolom, alasan) in Problems) text.AppendLine($"  baris {baris}, kolom {kolom}: {alasan}");
            if (WouldQuarantine > Problems.Count) text.AppendLine("  … (daftar dipotong)");
        }
        if (Unmapped.Count > 0)
        {
            text.AppendLine().AppendLine("Nilai yang belum dipetakan (petakan di halaman Pemetaan):");
            foreach (var ((jenis, nilai), rows) in Unmapped.OrderByDescending(u => u.Value))
                text.AppendLine($"  {jenis} '{nilai}': {rows.ToString("#,0", Numbers)} baris");
        }
        text.AppendLine().Append($"Terbaca {Read.ToString("#,0", Numbers)} baris: {WouldLoad.ToString("#,0", Numbers)} akan dimuat, " +
                                 $"{WouldQuarantine.ToString("#,0", Numbers)} akan dikarantina");
        if (Skipped > 0) text.Append($", {Skipped.ToString("#,0", Numbers)} dilewati (bukan data PWS menurut profil)");
        text.AppendLine(". Tidak ada yang ditulis ke gudang data.");
        return text.ToString();
    }

    public int ExitCode => Error is null ? 0 : 1;
}
