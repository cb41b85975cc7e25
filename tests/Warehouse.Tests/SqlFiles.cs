using Pws.Testing;

namespace Pws.Warehouse.Tests;

/// <summary>Every SQL file of the checkout, found by its dialect.</summary>
internal static class SqlFiles
{
    private static readonly string[] SourceFolders = ["sql", "Etl", "Reports", "Dashboard.Web"];

    public static IEnumerable<string> All() => SourceFolders
        .Select(f => Path.Combine(RepositoryRoot.Path, f))
        .Where(Directory.Exists)
        .SelectMany(f => Directory.EnumerateFiles(f, "*.sql", SearchOption.AllDirectories))
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                    && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    public static IEnumerable<string> SqlServer() =>
        All().Where(p => p.EndsWith(".sqlserver.sql", StringComparison.Ordinal) || InFolder(p, "sqlserver"));

    /// <summary>Queries both engines run: neither dialect suffix nor a dialect's folder (its migrations, its scaling scripts).</summary>
    public static IEnumerable<string> Shared() =>
        All().Where(p => !p.EndsWith(".duckdb.sql", StringComparison.Ordinal) && !p.EndsWith(".sqlserver.sql", StringComparison.Ordinal)
                         && !InFolder(p, "duckdb") && !InFolder(p, "sqlserver"));

    private static bool InFolder(string path, string folder) =>
        Relative(path).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains(folder);

    public static string Relative(string path) => Path.GetRelativePath(RepositoryRoot.Path, path);
}
