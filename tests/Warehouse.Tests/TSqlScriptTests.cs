using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Pws.Warehouse.Tests;

/// <summary>No SQL Server runs here, so every T-SQL file is at least parsed as SQL Server 2022 would.</summary>
public sealed class TSqlScriptTests
{
    private static IEnumerable<TestCaseData> Scripts() =>
        SqlFiles.SqlServer().Select(p => new TestCaseData(p).SetName("TSql parses: " + SqlFiles.Relative(p)));

    [TestCaseSource(nameof(Scripts))]
    public void Every_TSql_file_parses_without_errors(string path)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = File.OpenText(path);
        parser.Parse(reader, out var errors);

        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty);
    }

    [Test]
    public void There_are_TSql_files_to_check()
    {
        Assert.That(SqlFiles.SqlServer().Count(), Is.GreaterThan(20));
    }

    [Test]
    public void Every_query_exists_in_both_dialects()
    {
        static HashSet<string> Names(string dialect) => SqlFiles.All()
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => n.EndsWith($".{dialect}.sql", StringComparison.Ordinal))
            .Select(n => n[..^$".{dialect}.sql".Length]).ToHashSet();

        Assert.That(Names("duckdb"), Is.EquivalentTo(Names("sqlserver")));
    }

    [Test]
    public void Every_migration_exists_in_both_dialects()
    {
        static IEnumerable<string> Migrations(string dialect) =>
            Directory.GetFiles(Path.Combine(Pws.Testing.RepositoryRoot.Path, "sql", dialect), "*.sql").Select(Path.GetFileName).OfType<string>();

        Assert.That(Migrations("duckdb"), Is.EquivalentTo(Migrations("sqlserver")));
    }
}
