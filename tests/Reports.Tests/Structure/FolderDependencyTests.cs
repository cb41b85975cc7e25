using System.Text.RegularExpressions;
using Pws.Testing;

namespace Pws.Reports.Tests.Structure;

/// <summary>Reports is one folder per feature over a few shared folders. A cycle between folders means a shared
/// piece sits in a feature (or two features lean on each other), and the next change to one breaks the other.</summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string ReportsFolder = Path.Combine(RepositoryRoot.Path, "Reports");

    [Test]
    public void The_folders_of_Reports_depend_on_each_other_without_a_cycle()
    {
        var graph = FolderGraph();

        var cycles = Cycles(graph);

        Assert.That(cycles, Is.Empty, "Lingkaran ketergantungan antarfolder Reports: " + string.Join("; ", cycles));
    }

    [Test]
    public void The_folder_graph_sees_a_dependency_written_either_as_a_using_or_as_a_qualified_name()
    {
        var graph = FolderGraph();

        // Features read the shared definitions; a check that sees nothing would pass any layout.
        Assert.That(graph["Spm"], Does.Contain("Definitions"));
        Assert.That(Cycles(new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"] }),
            Is.EqualTo(new[] { "A -> B, B -> C, C -> A" }));
    }

    /// <summary>Each folder (namespace Pws.Reports.X) and the other folders its files name: by <c>using</c>, by
    /// <c>Pws.Reports.X.Type</c>, or by <c>X.Type</c> for a type declared in X, which inside Pws.Reports means the folder X.</summary>
    private static Dictionary<string, HashSet<string>> FolderGraph()
    {
        var folders = Directory.GetDirectories(ReportsFolder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj")).ToHashSet();
        var graph = folders.ToDictionary(f => f, _ => new HashSet<string>());
        var declared = folders.ToDictionary(f => f, f => Directory.EnumerateFiles(Path.Combine(ReportsFolder, f), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Declaration().Matches(File.ReadAllText(file)).Select(m => m.Groups["type"].Value)).ToHashSet());
        foreach (var folder in folders)
        {
            var files = Directory.EnumerateFiles(Path.Combine(ReportsFolder, folder), "*.cs", SearchOption.AllDirectories);
            foreach (var line in files.SelectMany(File.ReadLines).Select(l => l.Trim()))
            {
                if (line.StartsWith("namespace ", StringComparison.Ordinal) || line.StartsWith("//", StringComparison.Ordinal)) continue;
                var named = line.StartsWith("using ", StringComparison.Ordinal)
                    ? Qualified().Matches(line).Select(m => m.Groups["folder"].Value)
                    : Qualified().Matches(line).Select(m => m.Groups["folder"].Value).Concat(Relative().Matches(line)
                        .Where(m => declared.TryGetValue(m.Groups["folder"].Value, out var types) && types.Contains(m.Groups["type"].Value))
                        .Select(m => m.Groups["folder"].Value));
                graph[folder].UnionWith(named.Where(target => target != folder && folders.Contains(target)));
            }
        }
        return graph;
    }

    /// <summary>Each group of folders that reach each other (a strongly connected component of more than one
    /// folder), with the dependencies inside it: the edges one of which must go.</summary>
    private static List<string> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var reach = graph.Keys.ToDictionary(f => f, f => Reachable(graph, f));
        return graph.Keys.Order(StringComparer.Ordinal)
            .Select(f => graph.Keys.Where(g => g == f || reach[f].Contains(g) && reach[g].Contains(f)).Order(StringComparer.Ordinal).ToList())
            .Where(group => group.Count > 1).Select(group => string.Join(", ", group.SelectMany(from => graph[from]
                .Where(group.Contains).Order(StringComparer.Ordinal).Select(to => $"{from} -> {to}"))))
            .Distinct().ToList();
    }

    private static HashSet<string> Reachable(Dictionary<string, HashSet<string>> graph, string start)
    {
        var seen = new HashSet<string>();
        var todo = new Stack<string>(graph.GetValueOrDefault(start, []));
        while (todo.TryPop(out var next))
            if (seen.Add(next))
                foreach (var further in graph.GetValueOrDefault(next, [])) todo.Push(further);
        return seen;
    }

    [GeneratedRegex(@"\bPws\.Reports\.(?<folder>\w+)")]
    private static partial Regex Qualified();

    /// <summary><c>Spm.SpmWorkbook</c>, not <c>row.Spm.X</c> nor <c>global::Pws.Core</c>.</summary>
    [GeneratedRegex(@"(?<![\w.:])(?<folder>[A-Z]\w*)\.(?<type>[A-Z]\w*)")]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?<type>[A-Z]\w*)")]
    private static partial Regex Declaration();
}
