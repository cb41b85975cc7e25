using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Pws.Dashboard.Tests.Security;
using Pws.Dashboard.Web.Accounts;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Hosting;

/// <summary>A production start of a new deployment: no built-in password, one admin with a one-time password
/// printed once, which opens nothing but the form that replaces it.</summary>
public sealed partial class FirstAdminTests
{
    [Test]
    public async Task A_production_start_without_an_admin_prints_a_one_time_password_that_must_be_replaced()
    {
        using var folder = new TempFolder();
        var port = Testing.FreePort.Next();
        var start = new ProcessStartInfo("dotnet", [ProjectOutput.DashboardProgram])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Urls"] = $"http://127.0.0.1:{port}",
                ["Pws__Kabupaten"] = "33.29",
                ["Pws__Inbox"] = folder["inbox"],
                ["Pws__KeyFile"] = folder["kunci.key"],
                ["Pws__Warehouse__Connection"] = folder["pws.duckdb"],
            },
        };
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            string? password = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (password is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                password = OneTimePassword().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
            Assert.That(password, Is.Not.Null, "the one-time password is printed");
            using var client = SignIn.Client($"http://127.0.0.1:{port}");
            await WaitUntilServing(client);

            var demo = await SignIn.PostAsync(client, "admin", DemoAccounts.Password);
            var admin = await SignIn.PostAsync(client, "admin", password!);
            var summary = await client.GetAsync("/");
            var api = await client.GetAsync("/api/ringkasan");

            Assert.That(demo.Headers.Location!.ToString(), Does.Contain("gagal"), "no demo password outside the demo");
            Assert.That(admin.Headers.Location!.ToString(), Does.Contain("/akun/kata-sandi?wajib=1"));
            Assert.That(summary.Headers.Location!.ToString(), Does.Contain("/akun/kata-sandi?wajib=1"));
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task WaitUntilServing(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await client.GetAsync("/masuk");
                return;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(200);
            }
        }
    }

    [GeneratedRegex("kata sandi sekali pakai: (\\S+)")]
    private static partial Regex OneTimePassword();
}
