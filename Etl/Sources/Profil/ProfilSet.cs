using Pws.Etl.Import;

namespace Pws.Etl.Sources.Profil;

/// <summary>The intake profiles of an inbox (<c>&lt;inbox&gt;/profil/*.json|*.yaml</c>), each checked when the run
/// starts. A profile that cannot be used stops only the folders it was meant for, with its message; a file no profile
/// claims is read as the contract says, when its name is a contract file's.</summary>
public sealed class ProfilSet
{
    public const string Folder = "profil";

    private readonly List<(Profil Profil, System.Text.RegularExpressions.Regex Pattern)> profiles = [];
    private readonly List<(ProfilException Error, Berlaku? Berlaku)> errors = [];

    public IReadOnlyList<Profil> Profiles => profiles.Select(p => p.Profil).ToList();

    public IReadOnlyList<ProfilException> Errors => errors.Select(e => e.Error).ToList();

    public static ProfilSet Empty { get; } = new();

    public static ProfilSet Load(string inbox)
    {
        var set = new ProfilSet();
        var folder = Path.Combine(inbox, Folder);
        if (!Directory.Exists(folder)) return set;
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".json" or ".yaml" or ".yml")) continue;
            set.Add(File.ReadAllText(path), $"{Folder}/{Path.GetFileName(path)}");
        }
        return set;
    }

    /// <summary>Adds one profile's text; a bad one is kept as an error for the folders it names.</summary>
    public void Add(string text, string file)
    {
        try
        {
            var profil = ProfilParser.Parse(text, file);
            if (profiles.Any(p => string.Equals(p.Profil.Nama, profil.Nama, StringComparison.OrdinalIgnoreCase)))
                throw new ProfilException(file, "nama", $"nama '{profil.Nama}' sudah dipakai profil lain.");
            profiles.Add((profil, ProfilTable.Glob(profil.Berlaku.Berkas)));
        }
        catch (ProfilException e)
        {
            errors.Add((e, BerlakuOf(text, file)));
        }
    }

    public Profil? Named(string name) =>
        profiles.FirstOrDefault(p => string.Equals(p.Profil.Nama, name, StringComparison.OrdinalIgnoreCase)).Profil;

    /// <summary>The profile that reads a file of a folder (a puskesmas code, or <c>master</c>); the first by profile
    /// file name when several match.</summary>
    public Profil? For(string folder, string fileName)
    {
        var master = folder == InboxReader.MasterFolder;
        foreach (var (profil, pattern) in profiles)
            if (profil.IsMaster == master && Applies(profil.Berlaku, folder, master) && pattern.IsMatch(fileName))
                return profil;
        return null;
    }

    /// <summary>Why a folder's import cannot run: a bad profile meant for it, judged by the folders and file names its
    /// text names (or, when even those cannot be read, by the folder holding files no profile and no contract name claims).</summary>
    public string? ErrorFor(string folder, IReadOnlyList<string> fileNames, Func<string, bool> isContractFile)
    {
        var master = folder == InboxReader.MasterFolder;
        foreach (var (error, berlaku) in errors)
        {
            var meant = berlaku is not null
                ? Applies(berlaku, folder, master) && fileNames.Any(ProfilTable.Glob(berlaku.Berkas).IsMatch)
                : fileNames.Any(f => !isContractFile(f) && For(folder, f) is null);
            if (meant) return error.Message;
        }
        return null;
    }

    private static bool Applies(Berlaku berlaku, string folder, bool master) =>
        master || berlaku.Puskesmas.Count == 0 || berlaku.Puskesmas.Contains(folder, StringComparer.OrdinalIgnoreCase);

    /// <summary>The berlaku key of a profile that failed later on, when its text gets that far.</summary>
    private static Berlaku? BerlakuOf(string text, string file)
    {
        try
        {
            var root = ProfilNode.Parse(text, file.EndsWith(".json", StringComparison.OrdinalIgnoreCase), file) as ProfilNode.Map;
            if (root?.Entries.FirstOrDefault(e => e.Key == "berlaku").Value is not ProfilNode.Map berlaku) return null;
            var berkas = berlaku.Entries.FirstOrDefault(e => e.Key == "berkas").Value as ProfilNode.Scalar;
            if (berkas?.Text is not { Length: > 0 } pattern) return null;
            var puskesmas = berlaku.Entries.FirstOrDefault(e => e.Key == "puskesmas").Value switch
            {
                ProfilNode.List list => list.Items.OfType<ProfilNode.Scalar>().Select(s => s.Text ?? "").ToList(),
                ProfilNode.Scalar { Text: { } one } => [one],
                _ => new List<string>(),
            };
            return new Berlaku(puskesmas, pattern);
        }
        catch (ProfilException)
        {
            return null;
        }
    }
}
