using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Pws.Core.Serving;
using Pws.Core.Time;
using Pws.Dashboard.Tests.Browser;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Hosting;

/// <summary>A command-line import against the embedded warehouse a running dashboard holds: the dashboard
/// runs it, every request meanwhile answers, and the new figures are there when it is done.</summary>
[NonParallelizable]
public sealed class ImportHandoffTests
{
    private const string Village = "33.29.01.2001";

    private static async Task<long> KumulatifK1(HttpClient http)
    {
        // The visits arrive dated today: ask for the running month, which is not the month a report opens on.
        var bulanIni = Wib.Today(TimeProvider.System).ToString("yyyy-MM");
        using var json = JsonDocument.Parse(await http.GetStringAsync($"/api/pws?indikator=K1&periode={bulanIni}"));
        return json.RootElement.EnumerateArray().Single(r => r.GetProperty("kode_desa").GetString() == Village).GetProperty("kumulatif").GetInt64();
    }

    [Test]
    public async Task A_command_line_import_is_run_by_the_dashboard_while_every_request_answers()
    {
        await using var app = new DashboardApp();
        using var http = await app.SignedInClient();
        var before = await KumulatifK1(http);
        Assert.That(ServingFile.TryRead(app.WarehouseFile), Is.Not.Null, "the dashboard says where it serves");

        var today = Wib.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        new InboxBuilder(app.Inbox).File("P3329010101/kunjungan_zz_susulan.csv",
        [
            InboxBuilder.KunjunganHeader,
            .. Enumerable.Range(1, 5).Select(i => InboxBuilder.Visit($"SUSULAN-{i}", today, "P3329010101", $"33290199000000{i:D2}", Village)),
        ]);

        var start = new ProcessStartInfo("dotnet", [ProjectOutput.EtlProgram, "import", "--inbox", app.Inbox, "--warehouse", app.WarehouseFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        var statuses = new List<HttpStatusCode>();
        var readers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            string[] paths = ["/api/pws?indikator=K1", "/api/spm?tingkat=kecamatan", "/", "/ekspor/uhc.xlsx"];
            while (!process.HasExited)
            {
                using var response = await http.GetAsync(paths[n]);
                lock (statuses) statuses.Add(response.StatusCode);
            }
        })).ToList();
        await process.WaitForExitAsync();
        await Task.WhenAll(readers);

        Assert.That(process.ExitCode, Is.EqualTo(0), await error);
        Assert.That(await output, Does.Contain("pekerjaan dijalankan olehnya").And.Contain("Impor selesai"));
        Assert.That(statuses, Is.Not.Empty.And.All.EqualTo(HttpStatusCode.OK), "no request fails because an import runs");
        Assert.That(await KumulatifK1(http), Is.EqualTo(before + 5));
    }
}
