using System.Text.RegularExpressions;
using Pws.Warehouse.Dialects;

namespace Pws.Warehouse.Tests.SqlServer;

/// <summary>One T-SQL text the product can send to SQL Server, with the C# calls that send it.</summary>
public sealed record SentStatement(string File, string Sql, IReadOnlyList<CallSite> CallSites);

/// <summary>Everything the product can send to SQL Server, read from a checkout: the migrations, every
/// <c>name.sqlserver.sql</c>, every shared <c>name.sql</c> without one (adapted as <see cref="Dialect.Sql"/> does),
/// and SQL written in a Dapper call; each with the calls that send it.</summary>
public static partial class SqlServerWorkload
{
    public static readonly string[] Projects = ["sql/Warehouse", "Core", "Etl", "Reports", "Dashboard.Web"];

    private static readonly SqlServerDialect SqlServer = new("Server=.");

    /// <summary>The migrator's own table first, then the migrations in order, as <c>Migrator</c> applies them.</summary>
    public static SqlServerSchema Schema(string root) => SqlServerSchema.Build(
        new[] { Path.Combine(root, "sql", "Warehouse", "Migrations", "riwayat_migrasi.sqlserver.sql") }
            .Concat(Migrations(root))
            .Select(p => (Relative(root, p), File.ReadAllText(p))));

    private static IEnumerable<string> Migrations(string root) =>
        Directory.GetFiles(Path.Combine(root, "sql", "sqlserver"), "*.sql").Order(StringComparer.Ordinal);

    public static IReadOnlyList<SentStatement> Statements(string root, IReadOnlyList<SentQuery> sent)
    {
        var statements = Migrations(root).Select(p => new SentStatement(Relative(root, p), File.ReadAllText(p), [])).ToList();
        var files = Projects.SelectMany(project => QueryFiles(root, project).Select(path => (Project: project, Path: path))).ToList();
        foreach (var (project, path) in files)
        {
            var fileName = Path.GetFileName(path);
            var name = fileName.EndsWith(".sqlserver.sql", StringComparison.Ordinal) ? fileName[..^".sqlserver.sql".Length] : fileName[..^".sql".Length];
            var shared = !fileName.EndsWith(".sqlserver.sql", StringComparison.Ordinal);
            if (shared && File.Exists(Path.Combine(Path.GetDirectoryName(path)!, name + ".sqlserver.sql"))) continue;
            var sites = sent.Where(s => s.Name == name && s.Project == project).Select(s => s.Site).ToList();
            statements.Add(new SentStatement(Relative(root, path), shared ? AsSent(File.ReadAllText(path)) : File.ReadAllText(path), sites));
        }

        foreach (var query in sent)
            if (query.InlineSql is { } inline)
                statements.Add(new SentStatement(query.Site.Location, AsSent(inline), [query.Site]));
        return statements;
    }

    /// <summary>Queries whose named SQL file is not in their project (<see cref="Dialect.Sql"/> would throw).</summary>
    public static IEnumerable<SentQuery> Unresolved(string root, IReadOnlyList<SentQuery> sent)
    {
        var names = Projects.SelectMany(project => QueryFiles(root, project)
            .Select(path => (Project: project, Name: Path.GetFileName(path).Split('.')[0]))).ToHashSet();
        return sent.Where(q => q.Name is not null && !names.Contains((q.Project, q.Name)));
    }

    /// <summary>Shared SQL as SQL Server receives it: adapted, and with Dapper's list expansion of <c>IN @codes</c>.</summary>
    public static string AsSent(string sharedSql) => ListParameter().Replace(SqlServer.Adapt(sharedSql), "IN ($1)");

    [GeneratedRegex(@"\bIN (@\w+)")]
    private static partial Regex ListParameter();

    private static IEnumerable<string> QueryFiles(string root, string project)
    {
        var folder = Path.Combine(root, project);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.sql", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".duckdb.sql", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path);
}
