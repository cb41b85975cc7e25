using Pws.Core.Settings;

namespace Pws.Core.Tests.Settings;

public sealed class CommandLineTests
{
    [TestCase("33.29", "33.29")]
    [TestCase("3329", "33.29")]
    public void The_kabupaten_is_accepted_dotted_or_not(string given, string stored)
    {
        Assert.That(new CommandLine(["import", "--kabupaten", given]).ApplyTo(new PwsSettings()).Kabupaten, Is.EqualTo(stored));
    }

    [TestCase("data/pws.duckdb", "duckdb")]
    [TestCase("Server=db;Database=pws;Integrated Security=true", "sqlserver")]
    public void A_warehouse_value_says_which_provider_it_is_for(string warehouse, string provider)
    {
        Assert.That(new CommandLine(["export", "--warehouse", warehouse]).ApplyTo(new PwsSettings()).Warehouse.Provider, Is.EqualTo(provider));
    }

    [Test]
    public void Applying_options_leaves_the_configured_settings_untouched()
    {
        var configured = new PwsSettings { Kabupaten = "33.29", Warehouse = new WarehouseSettings { Connection = "data/pws.duckdb" } };

        var applied = new CommandLine(["import", "--kabupaten", "3371", "--warehouse", "Server=db;Database=pws"]).ApplyTo(configured);

        Assert.That((applied.Kabupaten, applied.Warehouse.Provider, applied.Warehouse.Connection), Is.EqualTo(("33.71", "sqlserver", "Server=db;Database=pws")));
        Assert.That((configured.Kabupaten, configured.Warehouse.Provider, configured.Warehouse.Connection), Is.EqualTo(("33.29", "duckdb", "data/pws.duckdb")));
    }

    [Test]
    public void A_provider_given_wins_over_the_one_the_warehouse_value_suggests()
    {
        var applied = new CommandLine(["export", "--warehouse", "pws.duckdb", "--provider", "sqlserver"]).ApplyTo(new PwsSettings());

        Assert.That(applied.Warehouse.Provider, Is.EqualTo("sqlserver"));
    }

    [Test]
    public void An_option_without_a_value_is_refused()
    {
        Assert.That(() => new CommandLine(["import", "--inbox"]), Throws.ArgumentException.With.Message.Contains("--inbox"));
    }
}
