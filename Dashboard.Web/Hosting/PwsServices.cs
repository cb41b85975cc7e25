using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Pws.Core.Area;
using Pws.Core.Composition;
using Pws.Core.Settings;
using Pws.Dashboard.Web.Accounts;
using Pws.Dashboard.Web.Api;
using Pws.Dashboard.Web.Pemetaan;
using Pws.Dashboard.Web.Profil;
using Pws.Dashboard.Web.Security;
using Pws.Etl.Composition;
using Pws.Etl.Import;
using Pws.Etl.Jobs;
using Pws.Etl.Pseudonymization;
using Pws.Reports.Composition;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Hosting;

public static class PwsServices
{
    /// <summary>Everything is built from configuration when first resolved, so a host (or a test)
    /// can still change configuration after this call.</summary>
    public static IServiceCollection AddPws(this IServiceCollection services)
    {
        services.AddPwsCore(sp => SettingsLoader.Bind(sp.GetRequiredService<IConfiguration>()));
        services.AddPwsEtl();
        services.AddPwsReports();
        services.AddSingleton<ReportRequests>();
        services.AddSingleton<RenderingQueue>();
        services.AddSingleton<Impor.ImportProgress>();
        services.AddMemoryCache();
        services.AddPemetaan().AddProfil();

        services.AddHangfire((sp, hangfire) =>
        {
            hangfire.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            // Embedded mode keeps jobs in memory: the durable run history lives in the warehouse.
            var settings = sp.GetRequiredService<PwsSettings>();
            if (sp.GetRequiredService<Dialect>() is SqlServerDialect) hangfire.UseSqlServerStorage(settings.Warehouse.Connection);
            else hangfire.UseInMemoryStorage(new InMemoryStorageOptions());
        });
        services.AddHangfireServer(options => options.WorkerCount = 2);
        return services;
    }

    /// <summary>Prepares the warehouse before serving, and registers the nightly import.</summary>
    public static void UsePwsJobs(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Pws");
        var settings = app.Services.GetRequiredService<PwsSettings>();
        var firstStart = app.Services.GetRequiredService<FirstStart>();
        firstStart.Prepare(message => logger.LogInformation("{Message}", message));
        if (firstStart.MartTertunda()) app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<MartTertundaJob>(job => job.Run());

        // Settled here, after a first start's import, so a dashboard whose area disagrees with its warehouse does not start.
        var servedArea = app.Services.GetRequiredService<ServedArea>().Kode;
        PseudonymKey.Check(app.Services.GetRequiredService<Dialect>(), settings.KeyFile);
        logger.LogInformation("Wilayah yang dilayani: {Kabupaten}.", servedArea);
        app.Services.GetRequiredService<AccountSeeding>().Run();
        if (settings.Demo && app.Services.GetRequiredService<Etl.BatasDesa.SchematicMap>().EnsureDrawn() is > 0 and var drawn)
            logger.LogInformation("Mode demo: peta skematis {Jumlah} desa digambar (bukan batas desa sebenarnya).", drawn);
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<NightlyImportJob>(
            NightlyImportJob.RecurringId, job => job.Run(), settings.Import.Cron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.Import.TimeZone) });
        DashboardRoutes.AddJavaScript(typeof(PwsServices).Assembly, "Pws.Dashboard.Web.Hosting.hangfire-wib.js");
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            DashboardTitle = "PWS: tugas latar",
            Authorization = [new AdminOnlyDashboardFilter()],
        });
    }
}
