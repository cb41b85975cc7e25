using System.Diagnostics;
using Pws.Etl.Demo;
using Pws.Reports.Cli;
using Pws.Testing;

namespace Pws.Etl.Tests.Faults;

/// <summary>The command-line import killed (SIGKILL) at several points of its run, from the first source to
/// the mart rebuild: what readers see is the figures before the run or after it, never a half, and the next
/// run gives exactly the figures of an uninterrupted one.</summary>
[NonParallelizable]
public sealed class KilledImportTests
{
    private TempFolder folder = null!;
    private string inbox = "";

    [OneTimeSetUp]
    public void WriteDemo()
    {
        folder = new TempFolder();
        inbox = folder["inbox"];
        new DemoGenerator(new DemoOptions(2025, new DateOnly(2025, 12, 31), Skala: 0.1)).Write(inbox);
    }

    [OneTimeTearDown] public void CleanUp() => folder.Dispose();

    /// <summary>A warehouse that has loaded only the masters: the figures a reader has before tonight's import.</summary>
    private (string Warehouse, string Key) MastersOnly(string name)
    {
        var masters = folder[name + "-masters"];
        Directory.CreateDirectory(masters);
        CopyDirectory(Path.Combine(inbox, "master"), Path.Combine(masters, "master"));
        var (warehouse, key) = (folder[name + ".duckdb"], folder[name + ".key"]);
        Assert.That(Run(warehouse, key, masters).Exit, Is.EqualTo(0));
        return (warehouse, key);
    }

    /// <summary>Another warehouse in the state of <paramref name="original"/>: its file and its key, copied.</summary>
    private (string Warehouse, string Key) CopyOf((string Warehouse, string Key) original, string name)
    {
        var (warehouse, key) = (folder[name + ".duckdb"], folder[name + ".key"]);
        File.Copy(original.Warehouse, warehouse);
        if (File.Exists(original.Warehouse + ".wal")) File.Copy(original.Warehouse + ".wal", warehouse + ".wal");
        File.Copy(original.Key, key);
        return (warehouse, key);
    }

    private static (int Exit, TimeSpan Took) Run(string warehouse, string key, string from, TimeSpan? killAfter = null)
    {
        var start = new ProcessStartInfo("dotnet", [ProjectOutput.EtlProgram, "import", "--inbox", from, "--warehouse", warehouse, "--kabupaten", "33.29"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Pws__KeyFile"] = key },
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay && !process.WaitForExit(delay)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return (process.ExitCode, watch.Elapsed);
    }

    /// <summary>What the dashboard shows: SPM per village, read from the marts, and with <paramref name="screening"/>
    /// screening per puskesmas, read from the facts each source commits.</summary>
    private static string Figures(string warehouse, bool screening = true)
    {
        var output = Path.ChangeExtension(warehouse, ".figures");
        var figures = "";
        string[][] reports = screening ? [["spm", "--tingkat", "desa"], ["skrining", "--tingkat", "puskesmas"]] : [["spm", "--tingkat", "desa"]];
        foreach (var report in reports)
        {
            Assert.That(ExportCommand.Run(["export", .. report, "--tahun", "2025", "--format", "csv", "--out", output, "--warehouse", warehouse]), Is.EqualTo(0));
            figures += File.ReadAllText(output);
        }
        return figures;
    }

    [Test]
    public void An_import_killed_anywhere_leaves_the_previous_or_the_new_figures_and_the_next_run_is_exact()
    {
        var mastersOnly = MastersOnly("master-saja");
        var before = Figures(mastersOnly.Warehouse, screening: false);
        var (whole, wholeKey) = CopyOf(mastersOnly, "utuh");
        var (exit, took) = Run(whole, wholeKey, inbox);
        Assert.That(exit, Is.EqualTo(0));
        var (marts, after) = (Figures(whole, screening: false), Figures(whole));
        Assert.That(marts, Is.Not.EqualTo(before), "the import changes the figures");

        // Early in the sources, late in them, and in the mart rebuild at the end.
        foreach (var fraction in new[] { 0.2, 0.65, 0.97 })
        {
            var (killed, key) = CopyOf(mastersOnly, $"mati-{fraction}");
            Run(killed, key, inbox, took * fraction);

            var seen = Figures(killed, screening: false);
            Assert.That(seen == before || seen == marts, Is.True, $"killed at {fraction:P0} of {took.TotalSeconds:0.0} s: the marts are whole");

            Assert.That(Run(killed, key, inbox).Exit, Is.EqualTo(0));
            Assert.That(Figures(killed), Is.EqualTo(after), $"killed at {fraction:P0}, then run again");
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
