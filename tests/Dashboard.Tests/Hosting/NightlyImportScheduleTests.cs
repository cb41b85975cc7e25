using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Pws.Dashboard.Tests.Browser;
using Pws.Etl.Jobs;

namespace Pws.Dashboard.Tests.Hosting;

[NonParallelizable]
public sealed class NightlyImportScheduleTests
{
    [Test]
    public async Task The_nightly_import_is_registered_at_01_00_Jakarta_time_and_the_Hangfire_dashboard_is_served()
    {
        await using var app = new DashboardApp();

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetRecurringJobs().Single(j => j.Id == NightlyImportJob.RecurringId);
        using var http = await app.SignedInClient("admin");
        var hangfire = await http.GetAsync("/hangfire");

        Assert.Multiple(() =>
        {
            Assert.That(job.Cron, Is.EqualTo("0 1 * * *"));
            Assert.That(job.TimeZoneId, Is.EqualTo("Asia/Jakarta"));
            Assert.That(job.Job.Type, Is.EqualTo(typeof(NightlyImportJob)));
            Assert.That(hangfire.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
