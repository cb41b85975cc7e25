using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Serving;
using Pws.Dashboard.Tests.Browser;
using Pws.Reports.Peta;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Hosting;

/// <summary><c>batas-desa</c> against the embedded warehouse a running dashboard holds is loaded by that dashboard,
/// like an import (docs/decisions/0006), and its map shows the new boundaries without a restart.</summary>
[NonParallelizable]
public sealed class BatasDesaHandoffTests
{
    private const string Square = "{\"type\":\"Polygon\",\"coordinates\":[[[109.0,-6.9],[109.01,-6.9],[109.01,-6.91],[109.0,-6.91],[109.0,-6.9]]]}";

    private static async Task<(int Exit, string Output, string Error)> Etl(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [ProjectOutput.EtlProgram, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Test]
    public async Task A_command_line_boundary_load_is_run_by_the_dashboard_and_replaces_the_schematic_map()
    {
        await using var app = new DashboardApp();
        using var http = await app.SignedInClient();
        var map = app.Services.GetRequiredService<BatasDesaQuery>();
        Assert.That(map.Read().Skematis, Is.True, "the demo starts with its schematic map");
        using var folder = new TempFolder();
        File.WriteAllText(folder["batas.geojson"],
            $"{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"properties\":{{\"KODE_DESA\":\"3329012001\"}},\"geometry\":{Square}}}]}}");

        var (exit, output, error) = await Etl("batas-desa", folder["batas.geojson"], "--warehouse", app.WarehouseFile);

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("pekerjaan dijalankan olehnya").And.Contain("1 desa dimuat dari batas.geojson."));
        var batasDesa = map.Read();
        Assert.That(batasDesa.Skematis, Is.False);
        Assert.That(batasDesa.Shapes.Keys, Is.EqualTo(new[] { "33.29.01.2001" }));
    }

    [Test]
    public async Task A_boundary_load_naming_another_kabupaten_is_refused_by_the_dashboard()
    {
        await using var app = new DashboardApp();
        using var http = await app.SignedInClient();
        Assert.That(ServingFile.TryRead(app.WarehouseFile), Is.Not.Null);
        using var folder = new TempFolder();
        File.WriteAllText(folder["batas.geojson"], "{\"type\":\"FeatureCollection\",\"features\":[]}");

        var (exit, _, error) = await Etl("batas-desa", folder["batas.geojson"], "--warehouse", app.WarehouseFile, "--kabupaten", "33.71");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("33.29").And.Contain("33.71"));
    }
}
