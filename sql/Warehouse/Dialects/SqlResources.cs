using System.Reflection;

namespace Pws.Warehouse.Dialects;

internal static class SqlResources
{
    public static string Read(Assembly owner, string logicalName)
    {
        using var stream = owner.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"SQL '{logicalName}' is not embedded in {owner.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string? TryRead(Assembly owner, string logicalName)
    {
        using var stream = owner.GetManifestResourceStream(logicalName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> Names(Assembly owner, string prefix) =>
        owner.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
