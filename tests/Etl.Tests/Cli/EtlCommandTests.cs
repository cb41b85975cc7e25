using Pws.Etl.Cli;
using Pws.Testing;

namespace Pws.Etl.Tests.Cli;

public sealed class EtlCommandTests
{
    [Test]
    public void Import_of_a_missing_inbox_exits_non_zero_with_a_clear_message()
    {
        using var folder = new TempFolder();
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            var exit = EtlCommand.Run(["import", "--inbox", folder["tidak-ada"], "--warehouse", folder["pws.duckdb"]]);

            Assert.That(exit, Is.Not.EqualTo(0));
            Assert.That(error.ToString(), Does.Contain("tidak-ada").And.Contain("tidak ditemukan"));
        }
        finally
        {
            Console.SetError(original);
        }
    }

    [Test]
    public void An_unknown_verb_prints_the_usage_and_fails()
    {
        Assert.That(EtlCommand.Run(["impor"]), Is.EqualTo(2));
    }
}
