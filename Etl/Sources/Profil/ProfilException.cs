namespace Pws.Etl.Sources.Profil;

/// <summary>A profile that cannot be used, naming its file and the key at fault.</summary>
public sealed class ProfilException : Exception
{
    public ProfilException(string file, string key, string problem)
        : base(key.Length == 0 ? $"Profil {file}: {problem}" : $"Profil {file}, kunci '{key}': {problem}")
    {
        File = file;
        Key = key;
    }

    /// <summary>A profile's complaint carried to a source it stops.</summary>
    public ProfilException(string message) : base(message)
    {
        File = "";
        Key = "";
    }

    public string File { get; }
    public string Key { get; }
}
