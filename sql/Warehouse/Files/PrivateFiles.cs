using System.Runtime.InteropServices;

namespace Pws.Warehouse.Files;

/// <summary>The warehouse, its write-ahead log, backups, the pseudonym key and the hand-off token hold what only the
/// service account may read. Every file the process creates is its owner's alone (umask 077, set at each entry point
/// before anything is written), and files found with wider modes, made by an earlier release, are narrowed.</summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint SetUmask(uint mask);

    /// <summary>Files and folders created from now on by this process are readable by their owner only.</summary>
    public static void ForThisProcess()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) SetUmask(0b000_111_111);
    }

    /// <summary>Takes group and other permissions off an existing file.</summary>
    public static void Narrow(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return;
        var mode = File.GetUnixFileMode(path);
        if ((mode & ~(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)) != 0)
            File.SetUnixFileMode(path, mode & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
    }
}
