using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Cli;
using Pws.Reports.Definitions;
using Pws.Testing;

namespace Pws.Reports.Tests.Composition;

public sealed class ReportServicesTests
{
    [Test]
    public void Every_report_and_every_query_a_report_reads_is_found_by_the_scan_without_a_list()
    {
        using var warehouse = new TestWarehouse();
        using var services = warehouse.Services();

        var reports = services.GetServices<IReport>().ToList();
        var needed = reports.SelectMany(r => r.GetType().GetConstructors().Single().GetParameters()).Select(p => p.ParameterType)
            .Where(t => t.Namespace?.StartsWith("Pws.Reports", StringComparison.Ordinal) == true).Distinct().ToList();

        Assert.That(reports.Select(r => r.Name), Is.SupersetOf(new[] { "pws", "spm", "uhc", "skrining", "jangkauan", "karantina" }));
        Assert.That(needed, Is.Not.Empty);
        Assert.That(needed.Where(t => services.GetService(t) is null), Is.Empty, "tidak terdaftar");
    }

    [Test]
    public void The_command_lines_usage_names_every_report_with_its_required_filters()
    {
        using var warehouse = new TestWarehouse();
        using var services = warehouse.Services();
        var registry = services.GetRequiredService<ReportRegistry>();

        var usage = ExportCommand.Usage(registry);

        Assert.That(usage, Does.Contain("export jangkauan --tahun 2026 --tingkat desa|kecamatan|puskesmas|kabupaten|provinsi [--sampai-bulan M]"));
        Assert.That(usage, Does.Contain("export pws --indikator K1 --periode 2026-03 [--puskesmas KODE] [--kabkota 33.29] --format csv|xlsx --out FILE"));
        foreach (var name in registry.Names)
            Assert.That(usage, Does.Contain($"export {name} "), name);
    }
}
