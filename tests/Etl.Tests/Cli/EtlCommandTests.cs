using Pws.Etl.Cli;
using Pws.Testing;

namespace Pws.Etl.Tests.Cli;

public sealed class EtlCommandTests
{
    [Test]
    public void Import_of_a_missing_inbox_exits_non_zero_with_a_clear_message()
    {
        using var folder = new TempFolder();

        var (exit, error) = ConsoleError.Capture(() => EtlCommand.Run(["import", "--inbox", folder["tidak-ada"], "--warehouse", folder["pws.duckdb"]]));

        Assert.That(exit, Is.Not.EqualTo(0));
        Assert.That(error, Does.Contain("tidak-ada").And.Contain("tidak ditemukan"));
    }

    [Test]
    public async Task Import_into_a_warehouse_another_process_holds_exits_non_zero_saying_it_is_locked()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox().File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Satu,33.29.01");
        using var held = warehouse.Dialect.Open();
        var etl = typeof(EtlCommand).Assembly.Location;

        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [etl, "import", "--inbox", warehouse.Inbox, "--warehouse", warehouse.File])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["Pws__KeyFile"] = warehouse.Settings.KeyFile;
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.That(process.ExitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("terkunci").And.Contain(warehouse.File));
    }

    [Test]
    public void An_unknown_verb_prints_the_usage_and_fails()
    {
        Assert.That(EtlCommand.Run(["impor"]), Is.EqualTo(2));
    }

    [Test]
    public void Import_with_a_wrong_setting_exits_1_naming_the_setting()
    {
        using var folder = new TempFolder();

        var (exit, error) = ConsoleError.Capture(() =>
            EtlCommand.Run(["import", "--inbox", folder.Path, "--warehouse", folder["pws.duckdb"], "--provider", "postgres"]));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("Pws:Warehouse:Provider 'postgres' harus duckdb atau sqlserver"));
    }
}
