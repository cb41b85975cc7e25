using System.Diagnostics;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Hosting;

/// <summary>The dashboard process itself, started as a user starts it, over a warehouse imported for Kota Magelang.</summary>
public sealed class DashboardStartTests
{
    private static async Task<(int Exit, string Error, string Output)> Start(TestWarehouse warehouse, params (string Name, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [ProjectOutput.DashboardProgram])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Urls"] = "http://127.0.0.1:0",
                ["Pws__Inbox"] = warehouse.Inbox,
                ["Pws__KeyFile"] = warehouse.Settings.KeyFile,
                ["Pws__Warehouse__Connection"] = warehouse.File,
            },
        };
        foreach (var (name, value) in settings) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, error, await output);
    }

    private static TestWarehouse Magelang()
    {
        var warehouse = new TestWarehouse(kabupaten: "33.71");
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "M1,Puskesmas Magelang Selatan,33.71.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "M1,33.71.01.1003");
        warehouse.Import();
        return warehouse;
    }

    [Test]
    public async Task The_dashboard_refuses_to_start_over_a_warehouse_of_another_kabupaten_saying_why()
    {
        using var warehouse = Magelang();

        var (exit, error, output) = await Start(warehouse, ("Pws__Kabupaten", "33.29"));

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(error, Does.Contain("tidak dijalankan").And.Contain("33.71").And.Contain("33.29"));
    }

    [Test]
    public async Task The_dashboard_refuses_to_start_with_a_wrong_setting_naming_it()
    {
        using var warehouse = Magelang();

        var (exit, error, output) = await Start(warehouse, ("Pws__Warehouse__Provider", "postgres"), ("Pws__UciAmbang", "800"));

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(error, Does.Contain("Pws:Warehouse:Provider 'postgres'").And.Contain("Pws:UciAmbang 800"));
    }

    [Test]
    public async Task The_dashboard_refuses_to_start_when_the_warehouses_pseudonym_key_is_missing()
    {
        using var warehouse = Magelang();
        File.Delete(warehouse.Settings.KeyFile);

        var (exit, error, output) = await Start(warehouse);

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(error, Does.Contain("Kunci pseudonim").And.Contain("tidak ada"));
        Assert.That(File.Exists(warehouse.Settings.KeyFile), Is.False, "no new key is made");
    }
}
