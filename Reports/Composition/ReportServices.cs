using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Area;
using Pws.Core.Catalog;
using Pws.Core.Settings;
using Pws.Reports.Definitions;
using Pws.Reports.Desa;
using Pws.Reports.Excel;
using Pws.Reports.Freshness;
using Pws.Reports.ImportRuns;
using Pws.Reports.Jangkauan;
using Pws.Reports.KualitasData;
using Pws.Reports.LapisanPeta;
using Pws.Reports.Marts;
using Pws.Reports.Peta;
using Pws.Reports.Pws;
using Pws.Reports.Ringkasan;
using Pws.Reports.Skrining;
using Pws.Reports.Spm;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Composition;

/// <summary>The reporting part of the composition root: the queries over the served area, and every report
/// of this assembly, found by type, so a new report is a folder and nothing to register.</summary>
public static class ReportServices
{
    public static IServiceCollection AddPwsReports(this IServiceCollection services)
    {
        services.AddSingleton<PwsQuery>();
        services.AddSingleton(sp => new SpmQuery(sp.GetRequiredService<Dialect>(), sp.GetRequiredService<IndicatorCatalog>(), sp.GetRequiredService<AreaRollups>()));
        services.AddSingleton(sp => new UhcQuery(sp.GetRequiredService<Dialect>(), sp.GetRequiredService<ServedArea>(), sp.GetRequiredService<PwsSettings>().Uhc));
        services.AddSingleton(sp => new SkriningQuery(sp.GetRequiredService<Dialect>(), sp.GetRequiredService<AreaRollups>(), sp.GetRequiredService<PwsSettings>().Skrining));
        services.AddSingleton<AreaQuery>();
        services.AddSingleton<DataVersion>();
        services.AddSingleton<AreaRollups>();
        services.AddSingleton<JangkauanQuery>();
        services.AddSingleton<BoundaryQuery>();
        services.AddSingleton<PetaQuery>();
        services.AddSingleton<MartReader>();
        services.AddSingleton<PeriodeLayananTerakhir>();
        services.AddSingleton<RunHistoryQuery>();
        services.AddSingleton<KarantinaQuery>();
        services.AddSingleton<ObservasiMenungguQuery>();
        services.AddSingleton<DataStamp>();
        services.AddSingleton<RingkasanQuery>();
        services.AddSingleton<DesaProfilQuery>();

        foreach (var type in typeof(ReportServices).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReport).IsAssignableFrom(t)))
        {
            services.AddSingleton(type);
            services.AddSingleton(sp => (IReport)sp.GetRequiredService(type));
        }
        services.AddSingleton<ReportRegistry>();
        return services;
    }
}
