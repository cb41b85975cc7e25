using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Reports.Tests.Definitions;

/// <summary>Reports are found by name from the composition root, and each one's table is its column list.</summary>
public sealed class ReportRegistryTests
{
    private TestWarehouse warehouse = null!;
    private ServiceProvider services = null!;

    [OneTimeSetUp]
    public void ImportOneVisit()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,4")
            .File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("V1", "2025-03-02", "P1", "3329010101900001", "33.29.01.2001"));
        warehouse.Import();
        services = warehouse.Services();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        services?.Dispose();
        warehouse?.Dispose();
    }

    [Test]
    public void Every_report_of_the_data_contract_is_found_by_name()
    {
        Assert.That(services.GetRequiredService<ReportRegistry>().Names, Is.EqualTo(new[] { "karantina", "pws", "skrining", "spm", "uhc" }));
    }

    [Test]
    public void Each_reports_rows_have_one_value_per_column()
    {
        var registry = services.GetRequiredService<ReportRegistry>();
        var request = new ReportRequest("K1", new Periode(2025, 3), null, 2025, 3, Tingkat.Desa, null);

        foreach (var name in registry.Names)
        {
            var table = registry.Get(name).Table(request, AreaScope.Whole);
            Assert.That(table.Rows.Select(r => r.Count).Distinct(), Is.EqualTo(table.Rows.Count == 0 ? Array.Empty<int>() : new[] { table.Columns.Count }), name);
        }
    }

    [Test]
    public void A_puskesmas_reader_asking_for_another_puskesmas_gets_its_own_villages()
    {
        var pws = services.GetRequiredService<PwsReport>();
        var request = new ReportRequest("K1", new Periode(2025, 3), "P2", 2025, 3, Tingkat.Kabupaten, null);

        var laporan = pws.Read(request, AreaScope.Puskesmas("P1", ["33.29.01.2001", "33.29.01.2002"]));

        Assert.That(laporan.KodePuskesmas, Is.EqualTo("P1"));
        Assert.That(laporan.Desa.Select(d => $"{d.KodeDesa} {d.Kumulatif}"), Is.EqualTo(new[] { "33.29.01.2001 1", "33.29.01.2002 0" }));
    }

    [Test]
    public void An_unknown_report_name_lists_the_known_ones()
    {
        Assert.That(() => services.GetRequiredService<ReportRegistry>().Get("gizi"), Throws.ArgumentException
            .With.Message.EqualTo("Laporan 'gizi' tidak dikenal. Pilihan: karantina, pws, skrining, spm, uhc."));
    }
}
