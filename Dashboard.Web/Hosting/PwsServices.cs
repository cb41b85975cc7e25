using Hangfire;
using Hangfire.InMemory;
using Pws.Etl.Import;
using Pws.Etl.Jobs;
using Pws.Reports.Catalog;
using Pws.Reports.KualitasData;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Settings;

namespace Pws.Dashboard.Web.Hosting;

public static class PwsServices
{
    public static IServiceCollection AddPws(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = SettingsLoader.Bind(configuration);
        var dialect = Dialect.Create(settings.Warehouse);
        var catalog = IndicatorCatalog.Load(settings.CatalogFile);
        services.AddSingleton(settings);
        services.AddSingleton(dialect);
        services.AddSingleton(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new PwsQuery(dialect, catalog, settings.Kabupaten));
        services.AddSingleton(new AreaQuery(dialect, settings.Kabupaten));
        services.AddSingleton(new RunHistoryQuery(dialect));
        services.AddSingleton<Importer>();
        services.AddSingleton<FirstStart>();
        services.AddTransient<NightlyImportJob>();

        services.AddHangfire(hangfire =>
        {
            hangfire.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            // Embedded mode keeps jobs in memory: the durable run history lives in the warehouse.
            if (dialect is SqlServerDialect) hangfire.UseSqlServerStorage(settings.Warehouse.Connection);
            else hangfire.UseInMemoryStorage(new InMemoryStorageOptions());
        });
        services.AddHangfireServer(options => options.WorkerCount = 2);
        return services;
    }

    /// <summary>Prepares the warehouse before serving, and registers the nightly import.</summary>
    public static void UsePwsJobs(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Pws");
        app.Services.GetRequiredService<FirstStart>().Prepare(message => logger.LogInformation("{Message}", message));

        var settings = app.Services.GetRequiredService<PwsSettings>();
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<NightlyImportJob>(
            NightlyImportJob.RecurringId, job => job.Run(), settings.Import.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.Import.TimeZone) });
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { DashboardTitle = "PWS: tugas latar" });
    }
}
