using System.Globalization;

namespace Pws.Benchmarks;

/// <summary>Writes a scale's figures into docs/benchmarks.md, replacing that scale's earlier section.</summary>
public static class BenchmarkReport
{
    public static void Write(string path, string scale, string machine, IReadOnlyList<BenchFigure> figures)
    {
        var begin = $"<!-- bench:{scale}:begin -->";
        var end = $"<!-- bench:{scale}:end -->";
        var lines = new List<string>
        {
            begin,
            $"### Scale `{scale}` (measured {DateTime.UtcNow:yyyy-MM-dd} on {machine})",
            "",
            "| figure | value | target | result | what |",
            "|---|---:|---:|---|---|",
        };
        lines.AddRange(figures.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"| `{f.Name}` | {f.Value:0.###} {f.Unit} | {(f.AtMost ? "≤" : "≥")} {f.Target:0.###} | {(f.Pass ? "PASS" : "MISS")} | {f.Description} |")));
        lines.Add(end);
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var section = string.Join('\n', lines);
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? text[..from] + section + text[(to + end.Length)..]
            : text.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, text);
    }
}
