using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Settings;
using Pws.Reports.Definitions;

namespace Pws.Reports.Composition;

/// <summary>The reporting part of the composition root: every query marked <see cref="ReportServiceAttribute"/> and every
/// report of this assembly, found by type, so a new report or query is a class and nothing to register.</summary>
public static class ReportServices
{
    public static IServiceCollection AddPwsReports(this IServiceCollection services)
    {
        // The queries take the settings part they read, not the whole configuration.
        services.AddSingleton(sp => sp.GetRequiredService<PwsSettings>().Uhc);
        services.AddSingleton(sp => sp.GetRequiredService<PwsSettings>().Skrining);
        var types = typeof(ReportServices).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        foreach (var type in types.Where(t => t.IsDefined(typeof(ReportServiceAttribute), inherit: false))) services.AddSingleton(type);

        foreach (var type in types.Where(typeof(IReport).IsAssignableFrom))
        {
            services.AddSingleton(type);
            services.AddSingleton(sp => (IReport)sp.GetRequiredService(type));
        }
        services.AddSingleton<ReportRegistry>();
        return services;
    }
}
