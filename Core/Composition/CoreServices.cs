using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pws.Core.Area;
using Pws.Core.Catalog;
using Pws.Core.Settings;
using Pws.Warehouse.Dialects;

namespace Pws.Core.Composition;

/// <summary>The first part of the one composition root (the web host, both command lines and the tests
/// call it): validated settings, the warehouse dialect, the area served, the indicator catalog and the clock.</summary>
public static class CoreServices
{
    /// <param name="settings">Read when first needed, so a host can still add configuration after this call.</param>
    public static IServiceCollection AddPwsCore(this IServiceCollection services, Func<IServiceProvider, PwsSettings> settings)
    {
        services.AddSingleton(sp => SettingsValidator.Validated(settings(sp)));
        services.AddSingleton<Dialect>(sp => sp.GetRequiredService<PwsSettings>().Warehouse.CreateDialect());
        services.AddSingleton(sp => new ServedArea(sp.GetRequiredService<Dialect>(), sp.GetRequiredService<PwsSettings>()));
        services.AddSingleton(sp => IndicatorCatalog.Load(sp.GetRequiredService<PwsSettings>().CatalogFile));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
