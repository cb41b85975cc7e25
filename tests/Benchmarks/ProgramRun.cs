using System.Diagnostics;
using System.Globalization;

namespace Pws.Benchmarks;

/// <summary>A product program run as a user runs it (its own Release build), timed, with its peak resident
/// memory read from /proc while it runs.</summary>
public sealed record ProgramRun(int Exit, string Output, string Error, double Seconds, double PeakMb)
{
    public static ProgramRun Start(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [program, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        while (!process.WaitForExit(50)) peakKb = Math.Max(peakKb, HighWaterKb(process.Id));
        return new ProgramRun(process.ExitCode, output.Result, error.Result, watch.Elapsed.TotalSeconds, peakKb / 1024.0);
    }

    /// <summary>VmHWM, the peak resident set of the process so far. The line pads the figure to eight places with spaces
    /// after a tab ("VmHWM:\t 1662398 kB"); from 10 GB on there is no space, so it is split on any white space.</summary>
    private static long HighWaterKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
