using System.Globalization;

namespace Pws.Benchmarks;

/// <summary>One measured figure against its target; <see cref="AtMost"/> says which way the target points.</summary>
public sealed record BenchFigure(string Name, double Value, string Unit, double Target, bool AtMost, string Description)
{
    public bool Pass => AtMost ? Value <= Target : Value >= Target;

    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"BENCH {Name} {Value:0.###} {Unit} target {Target:0.###} {(Pass ? "PASS" : "MISS")}");
}
