using Microsoft.Extensions.DependencyInjection;
using Pws.Etl.BatasDesa;
using Pws.Reports.Freshness;
using Pws.Testing;

namespace Pws.Reports.Tests.Freshness;

/// <summary>Each part of the data version moves with what its caches were read from, and only with that.</summary>
public sealed class DataVersionTests
{
    private TestWarehouse warehouse = null!;

    [SetUp]
    public void ImportMasters()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Salem,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002");
        warehouse.Import();
    }

    [TearDown]
    public void Delete() => warehouse.Dispose();

    [Test]
    public void Visits_imported_move_the_run_and_leave_the_boundaries()
    {
        using var services = warehouse.Services();
        var version = services.GetRequiredService<DataVersion>();
        var before = version.Read();

        warehouse.NewInbox().File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("V1", "2025-03-02", "P1", "3329010101900001", "33.29.01.2001"));
        warehouse.Import();
        var after = version.Read();

        Assert.That(after.Run, Is.GreaterThan(before.Run));
        Assert.That(after.Batas, Is.EqualTo(before.Batas));
    }

    [Test]
    public void Within_one_request_the_version_is_read_once_and_the_next_request_sees_the_import()
    {
        using var services = warehouse.Services();
        var version = services.GetRequiredService<DataVersion>();
        DataVersion.Versions during, after;
        using (version.PerRequest())
        {
            var first = version.Read();
            warehouse.NewInbox().File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("V1", "2025-03-02", "P1", "3329010101900001", "33.29.01.2001"));
            warehouse.Import();
            during = version.Read();
            Assert.That(during, Is.SameAs(first), "one request answers from one state");
        }
        using (version.PerRequest()) after = version.Read();

        Assert.That(after.Run, Is.GreaterThan(during.Run));
        Assert.That(version.Read().Run, Is.EqualTo(after.Run), "outside a request every read is fresh");
    }

    [Test]
    public void A_master_file_changed_moves_the_master()
    {
        using var services = warehouse.Services();
        var before = services.GetRequiredService<DataVersion>().Read();

        warehouse.NewInbox().File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,4");
        warehouse.Import();

        Assert.That(services.GetRequiredService<DataVersion>().Read().Master, Is.GreaterThan(before.Master));
    }

    [Test]
    public void Boundaries_loaded_move_the_boundaries_only()
    {
        using var services = warehouse.Services();
        var version = services.GetRequiredService<DataVersion>();
        var before = version.Read();

        var drawn = services.GetRequiredService<SchematicMap>().EnsureDrawn();
        var after = version.Read();

        Assert.That(drawn, Is.GreaterThan(0));
        Assert.That(after.JumlahBatas, Is.EqualTo(before.JumlahBatas + drawn));
        Assert.That(after.BatasTerakhir, Is.Not.Null);
        Assert.That((after.Master, after.Run), Is.EqualTo((before.Master, before.Run)));
    }
}
