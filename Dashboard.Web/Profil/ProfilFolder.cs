using System.Security.Claims;
using System.Text;
using System.Text.RegularExpressions;
using Pws.Core.Security;
using Pws.Core.Settings;
using Pws.Dashboard.Web.Accounts;
using Pws.Dashboard.Web.Audit;
using Pws.Etl.Import;
using Pws.Etl.Sources.Profil;
using Pws.Reports.Wilayah;

namespace Pws.Dashboard.Web.Profil;

/// <summary>A profile file of the inbox as the import will read it: its name, kind and berlaku, or why it cannot be used.</summary>
/// <param name="Berkas">The file's name in the profil folder.</param>
/// <param name="Galat">The <see cref="ProfilException"/> message naming file and key; null when the profile is usable.</param>
public sealed record ProfilBerkas(string Berkas, string? Nama, string? Jenis, string? Berlaku, DateTime DiubahPada, string? Galat);

/// <summary>What an admin or analyst does on /profil: the inbox's profile files (<c>&lt;inbox&gt;/profil/</c>) listed as
/// the import reads them, a profile uploaded only once <see cref="ProfilParser"/> accepts it, downloaded and deleted, and a
/// sample export tried through a profile without writing anything. A file name is taken only when it is a plain name
/// of the folder (letters, digits, '.', '_', '-'), never a path.</summary>
public sealed partial class ProfilFolder(PwsSettings settings, ProfilTrial trial, AreaQuery area, ActingAccount acting, AuditTrail audit)
{
    /// <summary>A profile is a page of text; anything larger is not one.</summary>
    public const long LargestProfile = 1024 * 1024;

    /// <summary>A month of one puskesmas's export is well under this; the whole file is held and read for the counts.</summary>
    public const long LargestSample = 10L * 1024 * 1024;

    public sealed record Outcome(bool Berhasil, string Pesan);

    private string Folder => Path.Combine(settings.Inbox, ProfilSet.Folder);

    private static string Relative(string berkas) => $"{ProfilSet.Folder}/{berkas}";

    /// <summary>Every profile file, each checked as an import starting now would check it (a name used twice counts
    /// for the first file only).</summary>
    public IReadOnlyList<ProfilBerkas> List()
    {
        if (!Directory.Exists(Folder)) return [];
        var set = ProfilSet.Load(settings.Inbox);
        return Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().Where(IsProfileName).Order(StringComparer.Ordinal)
            .Select(berkas =>
            {
                var changed = File.GetLastWriteTimeUtc(Path.Combine(Folder, berkas));
                if (set.Profiles.FirstOrDefault(p => p.Berkas == Relative(berkas)) is { } profil)
                    return new ProfilBerkas(berkas, profil.Nama, profil.Jenis, Berlaku(profil), changed, null);
                return new ProfilBerkas(berkas, null, null, null, changed,
                    set.Errors.FirstOrDefault(e => e.File == Relative(berkas))?.Message ?? $"Profil {Relative(berkas)} tidak dapat dibaca.");
            })
            .ToList();
    }

    /// <summary>The file's bytes for its download; null when the name is not a profile file of the folder.</summary>
    public byte[]? Read(string berkas)
    {
        if (!IsSafeName(berkas)) return null;
        var path = Path.Combine(Folder, berkas);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    /// <summary>Saves an uploaded profile under its own name, replacing a file of that name, once it parses and its
    /// <c>nama</c> is not another file's; a refused profile is never written.</summary>
    public Outcome Upload(ClaimsPrincipal user, string berkas, byte[] content)
    {
        if (acting.In(user, Peran.Admin, Peran.AnalisDinkes) is not { } oleh) return NotAllowed;
        if (!IsSafeName(berkas)) return new Outcome(false, NameRule(berkas));
        if (content.Length > LargestProfile) return new Outcome(false, $"{berkas} lebih dari {LargestProfile / 1024} KB: itu bukan profil.");
        var text = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        Etl.Sources.Profil.Profil profil;
        try
        {
            profil = ProfilParser.Parse(text, Relative(berkas));
            var set = ProfilSet.Load(settings.Inbox);
            if (set.Profiles.FirstOrDefault(p => p.Berkas != Relative(berkas) && string.Equals(p.Nama, profil.Nama, StringComparison.OrdinalIgnoreCase)) is { } other)
                throw new ProfilException(Relative(berkas), "nama", $"nama '{profil.Nama}' sudah dipakai {other.Berkas}.");
        }
        catch (ProfilException e)
        {
            return new Outcome(false, $"{e.Message} Profil tidak disimpan.");
        }
        Directory.CreateDirectory(Folder);
        var target = Path.Combine(Folder, berkas);
        var replaced = File.Exists(target);
        // Written beside and moved into place, so an import starting meanwhile reads the old profile or the new one, whole.
        var partial = Path.Combine(Folder, $".{berkas}.{Guid.NewGuid():N}.sementara");
        File.WriteAllBytes(partial, content);
        File.Move(partial, target, overwrite: true);
        audit.Record(oleh, Peristiwa.ProfilDiunggah, Relative(berkas),
            $"nama {profil.Nama}, jenis {profil.Jenis}, berkas {profil.Berlaku.Berkas}{(replaced ? ", menggantikan berkas lama" : "")}");
        return new Outcome(true, $"Profil '{profil.Nama}' disimpan sebagai {Relative(berkas)}{(replaced ? " (menggantikan berkas lama)" : "")}. " +
                                 "Impor berikutnya membaca berkas puskesmas dengannya; coba dulu dengan berkas contoh di bawah.");
    }

    public Outcome Delete(ClaimsPrincipal user, string berkas)
    {
        if (acting.In(user, Peran.Admin, Peran.AnalisDinkes) is not { } oleh) return NotAllowed;
        if (!IsSafeName(berkas)) return new Outcome(false, NameRule(berkas));
        var path = Path.Combine(Folder, berkas);
        if (!File.Exists(path)) return new Outcome(false, $"{Relative(berkas)} sudah tidak ada.");
        var nama = List().FirstOrDefault(p => p.Berkas == berkas)?.Nama;
        File.Delete(path);
        audit.Record(oleh, Peristiwa.ProfilDihapus, Relative(berkas), nama is null ? "profil tidak sah" : $"nama {nama}");
        return new Outcome(true, $"{Relative(berkas)} dihapus. Berkas yang dibacanya tidak lagi dibaca dengan profil ini sejak impor berikutnya.");
    }

    /// <summary>The puskesmas folders a sample may be tried as, and the master folder.</summary>
    public IReadOnlyList<(string Kode, string Nama)> Folders() =>
        [.. area.Puskesmas().Select(p => (p.Kode, $"{p.Nama} ({p.Kode})")), (InboxReader.MasterFolder, "Berkas master (sasaran, JKN)")];

    /// <summary>Reads a sample export as the import would read it from <paramref name="folder"/> (a puskesmas code or
    /// <c>master</c>), through the named profile or the one whose berlaku matches its name, and reports how it maps.
    /// The sample lives in a private temporary folder for the trial only; nothing is written to the warehouse.</summary>
    public TrialReport Try(ClaimsPrincipal user, string berkas, byte[] content, string? profilNama, string folder)
    {
        if (acting.In(user, Peran.Admin, Peran.AnalisDinkes) is null) return TrialReport.Failed(NotAllowed.Pesan);
        var name = Path.GetFileName(berkas);
        if (name.Length == 0 || name != berkas || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            return TrialReport.Failed($"Nama berkas contoh '{berkas}' tidak dapat dipakai.");
        if (Folders().All(f => f.Kode != folder)) return TrialReport.Failed($"Puskesmas '{folder}' tidak ada di wilayah ini.");
        if (content.Length > LargestSample) return TrialReport.Failed($"Berkas contoh lebih dari {LargestSample / 1024 / 1024} MB: coba potongannya.");
        var temporary = Directory.CreateTempSubdirectory("pws-coba-");
        try
        {
            var path = Path.Combine(temporary.FullName, name);
            File.WriteAllBytes(path, content);
            return trial.Run(path, settings.Inbox, string.IsNullOrWhiteSpace(profilNama) ? null : profilNama, folder);
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    public static bool IsSafeName(string berkas) => SafeName().IsMatch(berkas);

    private static bool IsProfileName(string berkas) =>
        Path.GetExtension(berkas).ToLowerInvariant() is ".json" or ".yaml" or ".yml" && !berkas.StartsWith('.');

    private static string NameRule(string berkas) =>
        $"Nama berkas '{berkas}' tidak dipakai: hanya huruf, angka, titik, garis bawah dan tanda hubung (tanpa folder), " +
        "diawali huruf atau angka, berakhiran .yaml, .yml atau .json.";

    private static string Berlaku(Etl.Sources.Profil.Profil profil) =>
        profil.IsMaster ? $"{profil.Berlaku.Berkas} di folder master"
        : profil.Berlaku.Puskesmas.Count == 0 ? $"{profil.Berlaku.Berkas} di setiap folder puskesmas"
        : $"{profil.Berlaku.Berkas} di {string.Join(", ", profil.Berlaku.Puskesmas)}";

    private static readonly Outcome NotAllowed =
        new(false, "Akun Anda bukan lagi admin atau analis Dinkes aktif, atau sesinya telah berakhir: masuk kembali.");

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.(json|yaml|yml)$", RegexOptions.IgnoreCase)]
    private static partial Regex SafeName();
}
