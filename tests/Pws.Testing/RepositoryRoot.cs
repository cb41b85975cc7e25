namespace Pws.Testing;

public static class RepositoryRoot
{
    /// <summary>The checkout's root: the folder holding Pws.sln above the running test.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pws.sln"))) return dir.FullName;
        throw new InvalidOperationException("Pws.sln not found above " + AppContext.BaseDirectory);
    }
}
