namespace Pws.Etl.Inbox;

/// <summary>Where a path really leads: every symbolic link along it resolved, component by component, as the
/// operating system would follow them when opening it.</summary>
public static class RealPath
{
    /// <summary>As Linux's ELOOP: a chain of links longer than this is a loop.</summary>
    private const int MaxLinks = 40;

    /// <exception cref="IOException">The links along the path form a loop.</exception>
    public static string Of(string path)
    {
        var links = 0;
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        return Resolve(full, Path.GetPathRoot(full)!, ref links);
    }

    /// <summary>".." is taken after the links before it are resolved, so <c>link/..</c> is the target's parent,
    /// not the link's folder: a lexical <see cref="Path.GetFullPath(string)"/> would get that wrong.</summary>
    private static string Resolve(string path, string from, ref int links)
    {
        var current = Path.IsPathRooted(path) ? Path.GetPathRoot(path)! : from;
        var root = Path.GetPathRoot(current)!;
        var start = Path.IsPathRooted(path) ? Path.GetPathRoot(path)!.Length : 0;
        foreach (var part in path[start..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new IOException($"Tautan simbolik berputar di {next}.");
                next = Resolve(target, current, ref links);
            }
            current = next;
        }
        return current;
    }
}
