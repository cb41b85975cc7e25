using Dapper;
using Pws.Testing;
using Pws.Warehouse.Dialects;

namespace Pws.Warehouse.Tests.Dialects;

/// <summary>The embedded warehouse keeps to its configured memory ceiling instead of DuckDB's 80 % of the machine, and its
/// allocator hands freed memory back, which the ceiling does not count.</summary>
public sealed class DuckDbMemoryLimitTests
{
    [Test]
    public void The_configured_memory_limit_is_the_engines_limit()
    {
        using var folder = new TempFolder();
        using var connection = Dialect.Create("duckdb", folder["pws.duckdb"], "512MB").Open();

        var limit = connection.ExecuteScalar<string>("SELECT current_setting('memory_limit')");

        Assert.That(limit, Is.EqualTo("488.2 MiB"));
    }

    [Test]
    public void The_allocator_hands_freed_memory_back_on_threads_of_its_own()
    {
        using var folder = new TempFolder();
        using var connection = Dialect.Create("duckdb", folder["pws.duckdb"], "512MB").Open();

        var purging = connection.ExecuteScalar<bool>("SELECT current_setting('allocator_background_threads')");

        Assert.That(purging, Is.True);
    }
}
