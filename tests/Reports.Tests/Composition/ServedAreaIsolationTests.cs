using Microsoft.Extensions.DependencyInjection;
using Pws.Core.Area;
using Pws.Etl.Import;
using Pws.Reports.Definitions;
using Pws.Reports.Tests.Provinsi;
using Pws.Reports.Wilayah;
using Pws.Testing;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;
using Pws.Warehouse.Wilayah;

namespace Pws.Reports.Tests.Composition;

/// <summary>Two hosts in one process, each with its own composition root over its own warehouse: a kabupaten
/// (Brebes, 33.29) and a province (Jawa Tengah, 33). Each settles its own area once and never sees the other's,
/// whichever was built, asked or imported first.</summary>
public sealed class ServedAreaIsolationTests
{
    private TestWarehouse brebes = null!;
    private TestWarehouse provinsi = null!;

    [SetUp]
    public void Create()
    {
        // Neither names its area: each learns it from its own first import.
        brebes = new TestWarehouse(kabupaten: "");
        brebes.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Salem,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002");
        provinsi = new TestWarehouse(kabupaten: "33");
        provinsi.NewInbox().TwoKabupaten();
    }

    [TearDown]
    public void Delete()
    {
        brebes.Dispose();
        provinsi.Dispose();
    }

    private static ServiceProvider Host(TestWarehouse warehouse)
    {
        var services = warehouse.Services();
        new Migrator(services.GetRequiredService<Dialect>()).Apply();
        return services;
    }

    [Test]
    public void Each_host_serves_the_area_of_its_own_warehouse_whichever_imports_first()
    {
        using var provinsiHost = Host(provinsi);
        using var brebesHost = Host(brebes);
        // Both hosts' queries are built before either warehouse was imported, Brebes's before it has any area at all.
        var provinsiArea = provinsiHost.GetRequiredService<AreaQuery>();
        var brebesArea = brebesHost.GetRequiredService<AreaQuery>();
        provinsiHost.GetRequiredService<Importer>().Run(provinsi.Inbox);
        brebesHost.GetRequiredService<Importer>().Run(brebes.Inbox);

        Assert.That(brebesHost.GetRequiredService<ServedArea>().Kode, Is.EqualTo("33.29"));
        Assert.That(provinsiHost.GetRequiredService<ServedArea>().Kode, Is.EqualTo("33"));
        Assert.That(brebesArea.Puskesmas().Select(p => p.Kode), Is.EqualTo(new[] { "P1" }));
        Assert.That(provinsiArea.Puskesmas().Select(p => p.Kode), Is.EquivalentTo(new[] { "P1", "M1" }));
    }

    [Test]
    public void The_queries_of_one_host_never_read_the_other_hosts_villages()
    {
        brebes.Import();
        provinsi.Import();
        using var brebesHost = Host(brebes);
        using var provinsiHost = Host(provinsi);

        var brebesVillages = brebesHost.GetRequiredService<AreaRollups>().For(2025).Villages.Select(v => v.KodeDesa).ToList();
        var provinsiVillages = provinsiHost.GetRequiredService<AreaRollups>().For(2025).Villages.Select(v => v.KodeDesa).ToList();

        Assert.That(brebesVillages, Is.Not.Empty.And.All.StartWith("33.29."));
        Assert.That(provinsiVillages, Has.Some.StartWith("33.29.").And.Some.StartWith("33.71."));
        Assert.That(brebesHost.GetRequiredService<AreaQuery>().NamaKabupaten(), Is.EqualTo("KABUPATEN BREBES"));
        Assert.That(provinsiHost.GetRequiredService<AreaQuery>().NamaKabupaten(), Is.EqualTo("JAWA TENGAH"));
        Assert.That(AreaScope.WholeOf(provinsiHost.GetRequiredService<ServedArea>().Kode).TingkatTeratas, Is.EqualTo(Tingkat.Provinsi));
        Assert.That(AreaScope.WholeOf(brebesHost.GetRequiredService<ServedArea>().Kode).TingkatTeratas, Is.EqualTo(Tingkat.Kabupaten));
    }

    [Test]
    public void A_settled_area_is_kept_and_a_disagreeing_import_is_refused()
    {
        brebes.Import();
        using var host = Host(brebes);
        var area = host.GetRequiredService<ServedArea>();
        Assert.That(area.Kode, Is.EqualTo("33.29"));

        // Another host's configuration names another area for the same warehouse: that host is refused, this one keeps its area.
        brebes.Settings = brebes.Settings with { Kabupaten = "33.71" };
        using var other = brebes.Services();
        Assert.That(() => other.GetRequiredService<ServedArea>().Kode, Throws.TypeOf<ServedAreaException>().With.Message.Contains("33.71"));
        Assert.That(area.Kode, Is.EqualTo("33.29"));
    }

    [Test]
    public void A_warehouse_without_an_area_is_refused_until_an_import_tells_it()
    {
        using var host = Host(brebes);
        var area = host.GetRequiredService<ServedArea>();
        Assert.That(() => area.Kode, Throws.TypeOf<ServedAreaException>());

        host.GetRequiredService<Importer>().Run(brebes.Inbox);

        Assert.That(area.Kode, Is.EqualTo("33.29"));
    }
}
