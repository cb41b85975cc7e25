using System.Globalization;
using Pws.Benchmarks;
using Pws.Testing;

// dotnet run -c Release --project tests/Benchmarks -- --scale kabupaten|provinsi   (figures side by side in one run)
// dotnet run -c Release --project tests/Benchmarks -- --scale nasional            (every village of Indonesia: marts and queries)
// dotnet run -c Release --project tests/Benchmarks -- --scale profil                (reading through an intake profile against the contract)
// dotnet run -c Release --project tests/Benchmarks -- --scale demo                 (the earlier demo and Appender figures)
// The concurrent clients block on their requests: without enough pool threads the client, not the server, would queue.
ThreadPool.SetMinThreads(64, 64);
var scale = args.SkipWhile(a => a != "--scale").Skip(1).FirstOrDefault() ?? "kabupaten";
if (scale == "demo")
{
    DemoBenchmark.Run();
    return 0;
}

var machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024)} GiB, " +
              $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, embedded DuckDB";
Console.WriteLine($"PWS benchmark --scale {scale}: {machine}");
using var work = new TempFolder();
// --faktor scales the volume down for a quick look; the recorded figures are at 1.
var factor = double.Parse(args.SkipWhile(a => a != "--faktor").Skip(1).FirstOrDefault() ?? "1", CultureInfo.InvariantCulture);
IReadOnlyList<BenchFigure> figures;
if (scale == "profil")
{
    var profil = new ProfilBenchmark(work);
    profil.Run();
    figures = profil.Figures;
}
else if (scale == "nasional")
{
    var national = new NationalBenchmark(work);
    national.Run();
    figures = national.Figures;
}
else
{
    var bench = new ScaleBenchmark(scale, work, factor);
    bench.Run();
    figures = bench.Figures;
}

Console.WriteLine();
Console.WriteLine($"{"figure",-34} {"value",12} {"target",10} result");
foreach (var f in figures)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Name,-34} {f.Value,12:0.###} {f.Target,10:0.###} {(f.Pass ? "PASS" : "MISS")}"));
foreach (var f in figures) Console.WriteLine(f.Line);
if (factor == 1) BenchmarkReport.Write(Path.Combine(RepositoryRoot.Path, "docs", "benchmarks.md"), scale, machine, figures);
return figures.All(f => f.Pass) ? 0 : 4;
