using Microsoft.Extensions.DependencyInjection;
using Pws.Etl.Import;
using Pws.Etl.Jobs;

namespace Pws.Etl.Composition;

/// <summary>The loading part of the composition root: the importer, the first start and the nightly jobs.</summary>
public static class EtlServices
{
    public static IServiceCollection AddPwsEtl(this IServiceCollection services)
    {
        services.AddSingleton<Importer>();
        services.AddSingleton<Sources.Profil.ProfilTrial>();
        services.AddSingleton<FirstStart>();
        services.AddSingleton<BatasDesa.BatasDesaImport>();
        services.AddSingleton<BatasDesa.SchematicMap>();
        services.AddTransient<NightlyImportJob>();
        services.AddTransient<ImportSourceJob>();
        return services;
    }
}
