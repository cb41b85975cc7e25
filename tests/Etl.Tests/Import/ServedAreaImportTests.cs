using Pws.Etl.Cli;
using Pws.Testing;
using Pws.Warehouse.Wilayah;

namespace Pws.Etl.Tests.Import;

/// <summary>The first import records which kabupaten the warehouse serves; later imports keep to it.</summary>
public sealed class ServedAreaImportTests
{
    private TestWarehouse warehouse = null!;

    [SetUp] public void Create() => warehouse = new TestWarehouse(kabupaten: "");
    [TearDown] public void Delete() => warehouse.Dispose();

    private InboxBuilder MagelangMasters() => warehouse.NewInbox()
        .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "M1,Puskesmas Magelang Selatan,33.71.01")
        .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "M1,33.71.01.1003", "M1,33.71.01.1007");

    private string? Recorded()
    {
        using var connection = warehouse.Dialect.Open();
        return AreaRecord.Read(warehouse.Dialect, connection);
    }

    private static (int Exit, string Error) Run(params string[] args) => ConsoleError.Capture(() => EtlCommand.Run(args));

    [Test]
    public void A_first_import_without_kabupaten_serves_the_kabupaten_of_its_wilayah_kerja()
    {
        MagelangMasters().File("M1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("V1", "2025-03-02", "M1", "3371010101900001", "33.71.01.1003"),
            InboxBuilder.Visit("V2", "2025-03-02", "M1", "3329010101900002", "33.29.01.2001"));

        warehouse.Import();

        Assert.That(Recorded(), Is.EqualTo("33.71"));
        Assert.That(warehouse.Query<(string, bool)>("SELECT id_kunjungan, luar_wilayah FROM kunjungan ORDER BY 1"),
            Is.EqualTo(new[] { ("V1", false), ("V2", true) }), "a Brebes resident is outside Kota Magelang");
    }

    [Test]
    public void A_kabupaten_given_at_the_first_import_is_recorded()
    {
        warehouse.Settings = warehouse.Settings with { Kabupaten = "33.71" };
        warehouse.NewInbox().File("M1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("V1", "2025-03-02", "M1", "3371010101900001", "33.71.01.1003"));

        warehouse.Import();

        Assert.That(Recorded(), Is.EqualTo("33.71"));
    }

    [Test]
    public void An_import_asking_for_another_kabupaten_is_refused_naming_both_and_loads_nothing()
    {
        MagelangMasters();
        warehouse.Import();
        File.WriteAllText(Path.Combine(warehouse.Inbox, "master", "puskesmas.csv"), "kode_puskesmas,nama,kode_kecamatan\nM2,Puskesmas Baru,33.71.02\n");

        var (exit, error) = Run(["import", "--inbox", warehouse.Inbox, "--kabupaten", "33.29", .. warehouse.CliArguments]);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("33.71").And.Contain("33.29"));
        Assert.That(warehouse.Query<string>("SELECT kode_puskesmas FROM puskesmas"), Is.EqualTo(new[] { "M1" }));
        Assert.That(Recorded(), Is.EqualTo("33.71"));
    }

    [Test]
    public void A_first_import_that_cannot_tell_its_kabupaten_exits_1_asking_for_it()
    {
        warehouse.NewInbox().File("M1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("V1", "2025-03-02", "M1", "3371010101900001", "33.71.01.1003"));

        var (exit, error) = Run(["import", "--inbox", warehouse.Inbox, .. warehouse.CliArguments]);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("--kabupaten"));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.Zero);
    }
}
