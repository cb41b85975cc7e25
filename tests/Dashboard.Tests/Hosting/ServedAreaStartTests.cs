using System.Diagnostics;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Hosting;

public sealed class ServedAreaStartTests
{
    [Test]
    public async Task The_dashboard_refuses_to_start_over_a_warehouse_of_another_kabupaten_saying_why()
    {
        using var warehouse = new TestWarehouse(kabupaten: "33.71");
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "M1,Puskesmas Magelang Selatan,33.71.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "M1,33.71.01.1003");
        warehouse.Import();

        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Urls"] = "http://127.0.0.1:0",
                ["Pws__Kabupaten"] = "33.29",
                ["Pws__Inbox"] = warehouse.Inbox,
                ["Pws__KeyFile"] = warehouse.Settings.KeyFile,
                ["Pws__Warehouse__Connection"] = warehouse.File,
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.EqualTo(1), await output);
        Assert.That(error, Does.Contain("tidak dijalankan").And.Contain("33.71").And.Contain("33.29"));
    }
}
