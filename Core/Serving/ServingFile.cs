using System.Security.Cryptography;
using System.Text.Json;

namespace Pws.Core.Serving;

/// <summary>Written beside an embedded warehouse by the dashboard that holds it open, so that a command-line
/// import (or backup, or boundary load) can hand its work to that dashboard instead of failing on the file lock (docs/decisions/0006).
/// Readable by the service user only: the token lets a caller start an import.</summary>
public sealed record ServingFile(string Url, string Token, int ProcessId)
{
    public const string TokenHeader = "X-Pws-Token";
    public const string ImportPath = "/internal/impor";
    public const string BackupPath = "/internal/cadangan";
    public const string BatasDesaPath = "/internal/batas-desa";
    public const string CobaPath = "/internal/coba";

    public static string PathFor(string warehouseFile) => warehouseFile + ".dasbor";

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Made anew each start, so a file left readable by others (or planted by them) is never reused.</summary>
    public void Write(string warehouseFile)
    {
        var path = PathFor(warehouseFile);
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, this);
    }

    public static ServingFile? TryRead(string warehouseFile)
    {
        try
        {
            using var stream = File.OpenRead(PathFor(warehouseFile));
            return JsonSerializer.Deserialize<ServingFile>(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public static void Delete(string warehouseFile)
    {
        try
        {
            File.Delete(PathFor(warehouseFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stale file is harmless: a command line that cannot reach its server imports by itself.
        }
    }
}

/// <summary>What <c>import</c> asks of the dashboard: the same options it would have run with.</summary>
public sealed record ImportHandoff(string Inbox, IReadOnlyList<string> Fhir, string? Kabupaten);

/// <summary>What <c>cadangan</c> asks of the dashboard: a consistent copy of the warehouse at this path.</summary>
public sealed record BackupHandoff(string Target);

/// <summary>What <c>batas-desa</c> asks of the dashboard: the boundaries of this GeoJSON file, with the same options.</summary>
public sealed record BatasDesaHandoff(string File, string? KolomKode, string? Kabupaten);

/// <summary>A trial read of one file (<c>coba</c>), which writes nothing.</summary>
public sealed record CobaHandoff(string File, string Inbox, string? Profil, string? Puskesmas);

/// <summary>What the command line prints, and its exit code.</summary>
public sealed record HandoffResult(int ExitCode, string Output, string? Error);
