using System.Globalization;
using System.Security.Claims;
using Hangfire;
using Pws.Core.Security;
using Pws.Core.Time;
using Pws.Dashboard.Web.Accounts;
using Pws.Dashboard.Web.Audit;
using Pws.Dashboard.Web.Security;
using Pws.Etl.Inbox;
using Pws.Etl.Jobs;
using Pws.Reports.Definitions;
using Pws.Reports.Formatting;
using Pws.Reports.Wilayah;
using Crosswalk = Pws.Etl.Sources.Profil.Pemetaan;

namespace Pws.Dashboard.Web.Pemetaan;

/// <summary>What an admin or analyst does on /pemetaan: map a waiting value, add a mapping before any value arrives,
/// delete one, download and upload them all as CSV, and start the import that loads the rows waiting for them. Every
/// code is checked (a village of the area, a service code of the catalog, a setting of the contract), every change is
/// in the audit trail, and the acting account is read again when a change runs. An analyst bound to one kabupaten/kota
/// of a province maps only for its puskesmas, never for every puskesmas.</summary>
public sealed class PemetaanAdministration(
    PemetaanStore store, KodeTujuan kodeTujuan, AreaQuery area, ActingAccount acting, AuditTrail audit, TimeProvider clock, IBackgroundJobClient jobs)
{
    /// <summary>The columns of the CSV download and upload, machine names as in the warehouse.</summary>
    public static readonly IReadOnlyList<ReportColumn<EntriPemetaan>> Columns =
    [
        new("jenis", ColumnKind.Text, e => e.Jenis), new("kode_puskesmas", ColumnKind.Text, e => e.KodePuskesmas),
        new("nilai", ColumnKind.Text, e => e.Nilai), new("kode", ColumnKind.Text, e => e.Kode),
        new("diubah_oleh", ColumnKind.Text, e => e.DiubahOleh),
        new("diubah_pada", ColumnKind.Text, e => Wib.FromUtc(e.DiubahPada).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
    ];

    private static readonly string[] RequiredColumns = ["jenis", "kode_puskesmas", "nilai", "kode"];

    /// <summary>A value longer than the warehouse column is cut by the import's karantina too; a longer one never matches.</summary>
    private const int LongestNilai = 200;

    private const int ShownErrors = 50;

    public sealed record Outcome(bool Berhasil, string Pesan, IReadOnlyList<string>? Galat = null);

    /// <summary>The entries the user may see: every puskesmas's and those for all, or a bound analyst's own.</summary>
    public IReadOnlyList<EntriPemetaan> Entries(AreaScope scope) => store.Entries().Where(e => e.KodePuskesmas.Length == 0 || scope.Allows(e.KodePuskesmas)).ToList();

    /// <summary>The waiting values the user may map, each with the entry already saved for it (which the next import
    /// applies), if any.</summary>
    public IReadOnlyList<(NilaiMenunggu Nilai, EntriPemetaan? Tersimpan)> Waiting(AreaScope scope)
    {
        var entries = store.Entries().ToDictionary(e => (e.Jenis, e.KodePuskesmas, e.Nilai));
        return store.Waiting()
            .Where(v => v.KodePuskesmas.Length == 0 ? scope.KodeKabKota is null : scope.Allows(v.KodePuskesmas))
            .Select(v => (v, entries.GetValueOrDefault((v.Jenis, v.KodePuskesmas, v.Nilai)) ?? entries.GetValueOrDefault((v.Jenis, "", v.Nilai))))
            .ToList();
    }

    /// <summary>Whether the user may write an entry for this puskesmas (empty: every puskesmas).</summary>
    public static bool MayWrite(AreaScope scope, string kodePuskesmas) =>
        scope.KodeKabKota is null ? scope.Kabupaten : kodePuskesmas.Length > 0 && scope.Allows(kodePuskesmas);

    public Outcome Save(ClaimsPrincipal user, AreaScope scope, string jenis, string kodePuskesmas, string nilai, string kode)
    {
        if (acting.In(user, Peran.Admin, Peran.AnalisDinkes) is not { } oleh) return NotAllowed;
        var (entry, problems) = Checked(scope, jenis, kodePuskesmas, nilai, kode, oleh);
        if (entry is null) return new Outcome(false, $"Pemetaan tidak disimpan: {string.Join("; ", problems.Select(p => $"{p.Kolom}: {p.Galat}"))}.");
        var previous = store.Entries().FirstOrDefault(e => (e.Jenis, e.KodePuskesmas, e.Nilai) == (entry.Jenis, entry.KodePuskesmas, entry.Nilai));
        store.Save([entry]);
        Record(oleh, entry, previous, null);
        return new Outcome(true, $"{Label(entry.Jenis)} '{entry.Nilai}' dipetakan ke {entry.Kode} untuk {Untuk(entry.KodePuskesmas)}. " +
                                 "Baris yang menunggunya dimuat pada impor berikutnya.");
    }

    public Outcome Delete(ClaimsPrincipal user, AreaScope scope, string jenis, string kodePuskesmas, string nilai)
    {
        if (acting.In(user, Peran.Admin, Peran.AnalisDinkes) is not { } oleh) return NotAllowed;
        if (!MayWrite(scope, kodePuskesmas)) return new Outcome(false, $"Pemetaan untuk {Untuk(kodePuskesmas)} di luar wilayah akun ini.");
        var entry = store.Entries().FirstOrDefault(e => (e.Jenis, e.KodePuskesmas, e.Nilai) == (jenis, kodePuskesmas, nilai));
        if (entry is null || !store.Delete(jenis, kodePuskesmas, nilai)) return new Outcome(false, $"Pemetaan {jenis} '{nilai}' sudah tidak ada.");
        audit.Record(oleh, Peristiwa.PemetaanDihapus, Sasaran(entry), $"sebelumnya → {entry.Kode}");
        return new Outcome(true, $"Pemetaan {Label(jenis)} '{nilai}' ({Untuk(kodePuskesmas)}) dihapus. Berkas yang memakainya dibaca ulang pada impor berikutnya.");
    }

    /// <summary>The entries the user may see as CSV, as <c>/ekspor/pemetaan.csv</c> sends it.</summary>
    public byte[] Csv(AreaScope scope) => ReportTable.Of(Columns, Entries(scope)).CsvBytes();

    /// <summary>Saves every line of an uploaded CSV (the download's columns; <c>diubah_oleh</c> and <c>diubah_pada</c>
    /// are ignored), or, when any line is wrong, none of them: each wrong line is named with its field and reason.</summary>
    public Outcome Upload(ClaimsPrincipal user, AreaScope scope, byte[] content, string fileName)
    {
        if (acting.In(user, Peran.Admin, Peran.AnalisDinkes) is not { } oleh) return NotAllowed;
        List<RawRow> rows;
        try
        {
            rows = CsvReader.Rows(() => new MemoryStream(content), CsvReader.Contract).ToList();
        }
        catch (UnreadableFileException e)
        {
            return new Outcome(false, $"{fileName} tidak dapat dibaca: {e.Message}");
        }
        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        var unknown = header.Where(h => Columns.All(c => c.Name != h)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
            return new Outcome(false, $"{fileName}: baris kepala harus {string.Join(",", Columns.Select(c => c.Name))} " +
                                      $"({(missing.Count > 0 ? "tidak ada " + string.Join(", ", missing) : "")}" +
                                      $"{(missing.Count > 0 && unknown.Count > 0 ? "; " : "")}" +
                                      $"{(unknown.Count > 0 ? "tidak dikenal " + string.Join(", ", unknown) : "")}). Tidak ada yang disimpan.");

        var entries = new List<EntriPemetaan>();
        var errors = new List<string>();
        var lines = new Dictionary<(string, string, string), int>();
        foreach (var row in rows.Skip(1).Where(r => r.Fields.Any(f => f.Trim().Length > 0)))
        {
            if (row.Problem is { } unreadable)
            {
                errors.Add($"baris {row.Line}: {unreadable}");
                continue;
            }
            string Field(string column) => header.IndexOf(column) is var i && i < row.Fields.Length ? Uninert(row.Fields[i]) : "";
            var (entry, problems) = Checked(scope, Field("jenis"), Field("kode_puskesmas"), Field("nilai"), Field("kode"), oleh);
            errors.AddRange(problems.Select(p => $"baris {row.Line}, kolom {p.Kolom}: {p.Galat}"));
            if (entry is null) continue;
            if (lines.TryGetValue((entry.Jenis, entry.KodePuskesmas, entry.Nilai), out var first))
                errors.Add($"baris {row.Line}, kolom nilai: {entry.Jenis} '{entry.Nilai}' untuk {Untuk(entry.KodePuskesmas)} sudah ada di baris {first}");
            else lines[(entry.Jenis, entry.KodePuskesmas, entry.Nilai)] = row.Line;
            entries.Add(entry);
        }
        if (errors.Count > 0)
        {
            var shown = errors.Take(ShownErrors).ToList();
            if (errors.Count > ShownErrors) shown.Add($"… dan {Indonesian.Count(errors.Count - ShownErrors)} kesalahan lain");
            return new Outcome(false, $"{fileName}: {Indonesian.Count(errors.Count)} kesalahan, tidak ada pemetaan yang disimpan. Perbaiki lalu unggah lagi.", shown);
        }
        if (entries.Count == 0) return new Outcome(false, $"{fileName} tidak memuat pemetaan di bawah baris kepalanya.");
        var previous = store.Entries().ToDictionary(e => (e.Jenis, e.KodePuskesmas, e.Nilai));
        store.Save(entries);
        foreach (var entry in entries) Record(oleh, entry, previous.GetValueOrDefault((entry.Jenis, entry.KodePuskesmas, entry.Nilai)), fileName);
        return new Outcome(true, $"{Indonesian.Count(entries.Count)} pemetaan dari {fileName} disimpan. Baris yang menunggunya dimuat pada impor berikutnya.");
    }

    /// <summary>Starts the import (as "Impor sekarang" on /kualitas-data does) so the waiting rows load without the
    /// puskesmas sending anything again.</summary>
    public bool ImportNow(ClaimsPrincipal user, AreaScope scope)
    {
        if (!AccessSetup.MayImport(user, scope) || acting.In(user, Peran.Admin, Peran.AnalisDinkes) is null) return false;
        jobs.Enqueue<NightlyImportJob>(job => job.Run());
        return true;
    }

    /// <summary>The entry as the import will look it up, or what is wrong with each field.</summary>
    private (EntriPemetaan? Entry, List<(string Kolom, string Galat)> Problems) Checked(AreaScope scope, string jenis, string kodePuskesmas,
        string nilai, string kode, string oleh)
    {
        var problems = new List<(string Kolom, string Galat)>();
        jenis = jenis.Trim().ToLowerInvariant();
        kodePuskesmas = kodePuskesmas.Trim();
        var normalized = Crosswalk.Normalize(nilai);
        if (!Etl.Sources.Profil.ProfilParser.PemetaanJenis.Contains(jenis))
            problems.Add(("jenis", $"'{jenis}' tidak dikenal (pilihan: {string.Join(", ", Etl.Sources.Profil.ProfilParser.PemetaanJenis)})"));
        if (kodePuskesmas.Length > 0 && area.Puskesmas().All(p => p.Kode != kodePuskesmas))
            problems.Add(("kode_puskesmas", $"'{kodePuskesmas}' bukan puskesmas wilayah ini (kosongkan untuk semua puskesmas)"));
        else if (!MayWrite(scope, kodePuskesmas))
            problems.Add(("kode_puskesmas", kodePuskesmas.Length == 0
                ? "pemetaan untuk semua puskesmas hanya oleh admin atau analis seluruh wilayah"
                : $"puskesmas {kodePuskesmas} di luar wilayah akun ini"));
        if (normalized.Length == 0) problems.Add(("nilai", "kosong"));
        else if (normalized.Length > LongestNilai) problems.Add(("nilai", $"lebih dari {LongestNilai} karakter"));
        string? code = null;
        if (problems.All(p => p.Kolom != "jenis"))
        {
            (code, var galat) = kodeTujuan.Check(jenis, kode);
            if (galat is not null) problems.Add(("kode", galat));
        }
        return problems.Count > 0 || code is null
            ? (null, problems)
            : (new EntriPemetaan(jenis, kodePuskesmas, normalized, code, oleh, clock.GetUtcNow().UtcDateTime), problems);
    }

    private void Record(string oleh, EntriPemetaan entry, EntriPemetaan? previous, string? fileName) =>
        audit.Record(oleh, Peristiwa.PemetaanDisimpan, Sasaran(entry),
            $"→ {entry.Kode}{(previous is null ? "" : $" (sebelumnya {previous.Kode})")}{(fileName is null ? "" : $", dari unggahan {fileName}")}");

    private static string Sasaran(EntriPemetaan entry) => $"{entry.Jenis} '{entry.Nilai}' untuk {Untuk(entry.KodePuskesmas)}";

    public static string Untuk(string kodePuskesmas) => kodePuskesmas.Length == 0 ? "semua puskesmas" : $"puskesmas {kodePuskesmas}";

    public static string Label(string jenis) => jenis switch
    {
        KodeTujuan.Desa => "Desa",
        KodeTujuan.Layanan => "Layanan",
        _ => "Tempat",
    };

    /// <summary>The download makes text that starts like a formula inert with a leading apostrophe
    /// (<see cref="ReportTable.WriteCsv"/>); an upload of that download reads the value without it.</summary>
    private static string Uninert(string field) =>
        field.Length > 1 && field[0] == '\'' && field[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? field[1..] : field;

    private static readonly Outcome NotAllowed =
        new(false, "Akun Anda bukan lagi admin atau analis Dinkes aktif, atau sesinya telah berakhir: masuk kembali.");
}
