using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
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

    [Test]
    public async Task A_production_start_over_a_warehouse_with_demo_accounts_disables_them_and_says_so()
    {
        using var folder = new TempFolder();
        var dialect = new Pws.Warehouse.Dialects.DuckDbDialect(folder["pws.duckdb"]);
        new Pws.Warehouse.Migrations.Migrator(dialect).Apply();
        var store = new AccountStore(dialect, TimeProvider.System);
        var demoHash = Pws.Core.Security.PasswordHash.Create(DemoAccounts.DefaultPassword);
        // One marked as demo, one from a warehouse made before demo accounts were marked, and a real admin.
        store.Add("kapus-P3329010101", demoHash, Pws.Core.Security.Peran.KepalaPuskesmas, "P3329010101", null, false, akunDemo: true);
        store.Add("analis", demoHash, Pws.Core.Security.Peran.AnalisDinkes, null, null, false);
        store.Add("kepala-data", Pws.Core.Security.PasswordHash.Create("sandi-admin-sungguhan"), Pws.Core.Security.Peran.Admin, null, null, false);
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
                ["Pws__Akses__ProksiTepercaya__0"] = "127.0.0.1",
            },
        };
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = SignIn.Client($"http://127.0.0.1:{port}");
            await WaitUntilServing(client);

            var kapus = await SignIn.PostAsync(client, "kapus-P3329010101", DemoAccounts.DefaultPassword);
            var analis = await SignIn.PostAsync(client, "analis", DemoAccounts.DefaultPassword);
            var admin = await SignIn.PostAsync(client, "kepala-data", "sandi-admin-sungguhan");
            using var overTls = new HttpRequestMessage(HttpMethod.Get, "/masuk");
            overTls.Headers.Add("X-Forwarded-Proto", "https");
            // HSTS is never sent to localhost names, which the proxy's own name is not.
            overTls.Headers.Host = "pws.dinkes.example";
            var tls = await client.SendAsync(overTls);

            Assert.That(kapus.Headers.Location!.ToString(), Does.Contain("gagal"));
            Assert.That(analis.Headers.Location!.ToString(), Does.Contain("gagal"), "the README's password opens nothing in production");
            Assert.That(admin.Headers.Location!.ToString(), Is.EqualTo("/"));
            lock (output) Assert.That(output.ToString(), Does.Contain("akun demo").And.Contain("analis").And.Contain("kapus-p3329010101"));
            Assert.That(tls.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : "", Does.Contain("max-age="));
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
