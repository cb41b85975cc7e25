using System.Security.Cryptography;

namespace Pws.Etl.Pseudonymization;

/// <summary>The deployment's pseudonym secret: generated on first run, kept in a file readable only by
/// the service user, never in the warehouse. Losing it splits every person from their history.</summary>
public static class KeyFile
{
    public static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(Convert.ToBase64String(key));
        return key;
    }
}
