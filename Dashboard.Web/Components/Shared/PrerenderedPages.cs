using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Caching.Memory;
using Pws.Reports.Definitions;

namespace Pws.Dashboard.Web.Components.Shared;

/// <summary>What a page read for its first HTML, kept on the server for the circuit that follows, so the page is
/// not read from the warehouse a second time. The prerendered page and the live one are two instances of the same
/// page: the live one takes over the prerendered one's own fields (its figures), never its injected services or
/// parameters. The circuit is served by the process that prerendered (one dashboard process per warehouse), and an
/// unclaimed entry expires after two minutes.</summary>
public sealed class PrerenderedPages(IMemoryCache cache)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(2);

    private sealed record Snapshot(Type Page, AreaScope Scope, IReadOnlyList<(FieldInfo Field, object? Value)> Fields);

    /// <returns>The key the live page claims the figures with.</returns>
    public string Keep(ComponentBase page, AreaScope scope)
    {
        var key = Guid.NewGuid().ToString("N");
        cache.Set(key, new Snapshot(page.GetType(), scope, Figures(page.GetType()).Select(f => (f, f.GetValue(page))).ToList()), KeepFor);
        return key;
    }

    /// <summary>Gives <paramref name="page"/> the figures kept under <paramref name="key"/>; null when there are none.</summary>
    public AreaScope? Claim(string key, ComponentBase page)
    {
        if (!cache.TryGetValue(key, out Snapshot? snapshot) || snapshot is null || snapshot.Page != page.GetType()) return null;
        cache.Remove(key);
        foreach (var (field, value) in snapshot.Fields) field.SetValue(page, value);
        return snapshot.Scope;
    }

    /// <summary>The page's own fields, without the backing fields of its injected services and parameters.</summary>
    private static IEnumerable<FieldInfo> Figures(Type page) => page
        .GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
        .Where(f => !f.IsInitOnly && !IsPlumbing(page, f));

    private static bool IsPlumbing(Type page, FieldInfo field)
    {
        if (!field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal)) return false;
        var property = page.GetProperty(field.Name[1..field.Name.IndexOf('>')],
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
        return property is null || property.GetCustomAttributes().Any(a => a is InjectAttribute or ParameterAttribute
            or CascadingParameterAttribute or SupplyParameterFromQueryAttribute);
    }
}
