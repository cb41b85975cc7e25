using Pws.Core.Serving;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>The folder a dashboard's first start over the Brebes demo leaves behind (demo inbox, imported warehouse,
/// pseudonym key, schematic map), made once per test run. Writing and importing the demo is the slowest part of a
/// start and gives the same result every time, so each <see cref="DashboardApp"/> starts from a copy; a later
/// start over an imported warehouse is exactly what a user's second start is.</summary>
internal static class DemoFirstStart
{
    private static readonly Lazy<TempFolder> Template = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Settings that only change who may do what, or how downloads queue, leave the first start as it is;
    /// any other (another served area, inbox or warehouse) needs a first start of its own.</summary>
    public static bool Fits(IReadOnlyDictionary<string, string?> settings) =>
        settings.Keys.All(key => key.StartsWith("Pws:Akses:", StringComparison.OrdinalIgnoreCase)
                                 || key.StartsWith("Pws:Unduhan:", StringComparison.OrdinalIgnoreCase));

    public static void CopyTo(string folder)
    {
        var template = Template.Value.Path;
        var servingToken = ServingFile.PathFor(Path.Combine(template, DashboardApp.WarehouseName));
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            // The serving token belongs to the dashboard that wrote it.
            if (file == servingToken) continue;
            var target = Path.Combine(folder, Path.GetRelativePath(template, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static TempFolder Prepare()
    {
        var folder = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        using (var app = DashboardApp.InFolder(folder))
        {
            _ = app.BaseUrl;
        }
        return folder;
    }
}
