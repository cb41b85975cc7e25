namespace Pws.Testing;

/// <summary>A product program as its own build left it (its own dependencies beside it), to run as a user runs it.</summary>
public static class ProjectOutput
{
    /// <summary>The configuration (Debug, Release) these tests were built in, from their own output folder.</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string EtlProgram => Program("Etl", "Pws.Etl.dll");

    public static string DashboardProgram => Program("Dashboard.Web", "Pws.Dashboard.Web.dll");

    private static string Program(string project, string assembly) =>
        Path.Combine(RepositoryRoot.Path, project, "bin", Configuration, "net10.0", assembly);
}
