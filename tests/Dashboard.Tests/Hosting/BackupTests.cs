using System.Diagnostics;
using System.Text.Json;
using Pws.Core.Time;
using Pws.Dashboard.Tests.Browser;
using Pws.Reports.Cli;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Hosting;

/// <summary>Backing up the embedded warehouse and its key while the dashboard serves it, and restoring both.</summary>
[NonParallelizable]
public sealed class BackupTests
{
    private static (int Exit, string Output, string Error) Etl(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [ProjectOutput.EtlProgram, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    [Test]
    public async Task A_backup_taken_while_the_dashboard_runs_opens_with_the_same_figures_and_restores_with_its_key()
    {
        await using var app = new DashboardApp();
        using var http = await app.SignedInClient();
        using var folder = new TempFolder();
        var backup = folder["cadangan/pws-2026-11-30.duckdb"];

        var (exit, output, error) = Etl("cadangan", "--ke", backup, "--warehouse", app.WarehouseFile);

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("pekerjaan dijalankan olehnya").And.Contain(backup).And.Contain(backup + ".kunci"));
        Assert.That(File.ReadAllText(backup + ".kunci"), Is.EqualTo(File.ReadAllText(app.KeyFile)));
        if (!OperatingSystem.IsWindows())
            Assert.That(File.GetUnixFileMode(backup + ".kunci"), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));

        // The copy opens on its own and answers what the dashboard answers.
        // The same period on both sides: a year asked for runs to the current month (a page opened bare, to the last complete one).
        var tahun = Wib.Today(TimeProvider.System).Year;
        using var json = JsonDocument.Parse(await http.GetStringAsync($"/api/spm?tingkat=kecamatan&tahun={tahun}"));
        var served = json.RootElement.EnumerateArray()
            .Select(r => $"{r.GetProperty("kode_wilayah").GetString()},{r.GetProperty("kode_spm").GetString()},{r.GetProperty("terlayani").GetInt64()}").ToList();
        Assert.That(ExportCommand.Run(["export", "spm", "--tahun", $"{tahun}", "--tingkat", "kecamatan", "--format", "csv", "--out", folder["spm.csv"], "--warehouse", backup]),
            Is.EqualTo(0));
        var copied = File.ReadAllLines(folder["spm.csv"]).Skip(1).Select(l => l.Split(',')).Select(c => $"{c[0]},{c[2]},{c[4]}").ToList();
        Assert.That(copied, Is.EqualTo(served));

        // Restored elsewhere with its key, the copy goes on importing as the same people.
        var restored = folder["pulih/pws.duckdb"];
        Directory.CreateDirectory(Path.GetDirectoryName(restored)!);
        File.Copy(backup, restored);
        File.Copy(backup + ".kunci", folder["pulih/kunci.key"]);
        var start = new ProcessStartInfo("dotnet", [ProjectOutput.EtlProgram, "import", "--inbox", app.Inbox, "--warehouse", restored])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["Pws__KeyFile"] = folder["pulih/kunci.key"] },
        };
        using var import = Process.Start(start)!;
        var importError = import.StandardError.ReadToEndAsync();
        var importOutput = import.StandardOutput.ReadToEnd();
        await import.WaitForExitAsync();
        Assert.That(import.ExitCode, Is.EqualTo(0), await importError);
        Assert.That(importOutput, Does.Contain("berkas tidak berubah"), "the restored registry knows the inbox");
    }
}
