using Microsoft.SqlServer.TransactSql.ScriptDom;
using Pws.Warehouse.Dialects;

namespace Pws.Warehouse.Tests;

/// <summary>No SQL Server runs here, so every T-SQL file is at least parsed as SQL Server 2022 would.</summary>
public sealed class TSqlScriptTests
{
    private static IEnumerable<TestCaseData> Scripts() =>
        SqlFiles.SqlServer().Select(p => new TestCaseData(p).SetName("TSql parses: " + SqlFiles.Relative(p)));

    private static IEnumerable<TestCaseData> SharedQueries() =>
        SqlFiles.Shared().Select(p => new TestCaseData(p).SetName("TSql parses shared: " + SqlFiles.Relative(p)));

    private static IReadOnlyList<string> Errors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }

    [TestCaseSource(nameof(Scripts))]
    public void Every_TSql_file_parses_without_errors(string path)
    {
        Assert.That(Errors(File.ReadAllText(path)), Is.Empty);
    }

    /// <summary>What SQL Server runs of a shared query is the text after the dialect adapted it.</summary>
    [TestCaseSource(nameof(SharedQueries))]
    public void Every_shared_query_parses_as_TSql_once_adapted(string path)
    {
        var adapted = new SqlServerDialect("Server=.").Adapt(File.ReadAllText(path));
        // Dapper expands a list parameter (IN @codes) into IN (@codes1, @codes2, ...) before SQL Server sees it.
        var expanded = System.Text.RegularExpressions.Regex.Replace(adapted, @"\bIN (@\w+)", "IN ($1)");
        Assert.That(Errors(expanded), Is.Empty);
    }

    [Test]
    public void Shared_queries_name_no_schema_and_use_DuckDB_parameters()
    {
        var offending = SqlFiles.Shared().Where(p => File.ReadAllText(p) is var sql
            && (sql.Contains("dbo.", StringComparison.OrdinalIgnoreCase) || System.Text.RegularExpressions.Regex.IsMatch(sql, @"@[A-Za-z_]")));
        Assert.That(offending.Select(SqlFiles.Relative), Is.Empty);
    }

    /// <summary>A call the dialects' pattern misses (an expression rather than a column) would reach the engine as an
    /// unknown function.</summary>
    [Test]
    public void Every_person_number_in_shared_SQL_is_written_out_for_both_engines()
    {
        var dialects = new Dialect[] { new SqlServerDialect("Server=."), Dialect.Create("duckdb", "pws.duckdb") };
        var calling = SqlFiles.Shared().Where(p => File.ReadAllText(p).Contains("nomor_orang(", StringComparison.Ordinal)).ToList();
        var left = calling.SelectMany(p => dialects.Where(d => d.Adapt(File.ReadAllText(p)).Contains("nomor_orang", StringComparison.Ordinal))
            .Select(d => $"{SqlFiles.Relative(p)} ({d.Name})"));

        Assert.That(calling, Is.Not.Empty);
        Assert.That(left, Is.Empty);
    }

    [Test]
    public void There_are_TSql_files_to_check()
    {
        Assert.That(SqlFiles.SqlServer().Count() + SqlFiles.Shared().Count(), Is.GreaterThan(50));
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
