using Pws.Reports.Cli;
using Pws.Testing;
using Pws.Warehouse.Wilayah;

namespace Pws.Reports.Tests.Cli;

/// <summary>A warehouse imported for Kota Magelang (33.71) by a command line that named it once: every
/// export afterwards reads Magelang's 17 kelurahan without being told, and refuses another kabupaten.</summary>
[TestFixture("duckdb")]
[TestFixture("sqlserver", Category = "SqlServer")]
public sealed class ServedAreaExportTests(string provider)
{
    private TestWarehouse warehouse = null!;
    private TempFolder output = null!;

    [OneTimeSetUp]
    public void ImportKotaMagelang()
    {
        if (provider == "sqlserver" && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestWarehouse.SqlServerVariable)))
            Assert.Ignore($"{TestWarehouse.SqlServerVariable} tidak diisi: uji gudang data terhadap SQL Server dilewati.");
        warehouse = new TestWarehouse(kabupaten: "33.71", provider: provider);
        output = new TempFolder();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "M1,Puskesmas Magelang Selatan,33.71.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "M1,33.71.01.1003", "M1,33.71.01.1007")
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.71.01.1003,IBU_HAMIL,4")
            .File("M1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("V1", "2025-03-02", "M1", "3371010101900001", "3371011003"),
                InboxBuilder.Visit("V2", "2025-03-09", "M1", "3371010101900002", "33.71.01.1003"));
        warehouse.Import();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        warehouse?.Dispose();
        output?.Dispose();
    }

    [Test]
    public void The_warehouse_records_the_kabupaten_of_its_first_import()
    {
        using var connection = warehouse.Dialect.Open();
        Assert.That(AreaRecord.Read(warehouse.Dialect, connection), Is.EqualTo("33.71"));
    }

    [Test]
    public void A_PWS_export_without_kabupaten_lists_the_villages_the_warehouse_serves()
    {
        var file = output["pws.csv"];

        var exit = ExportCommand.Run(["export", "pws", "--indikator", "K1", "--periode", "2025-03", "--format", "csv", "--out", file,
            .. warehouse.CliArguments]);

        Assert.That(exit, Is.EqualTo(0));
        var lines = File.ReadAllLines(file);
        Assert.That(lines, Has.Length.EqualTo(1 + 17), "the 17 kelurahan of Kota Magelang");
        Assert.That(lines.Skip(1).All(l => l.StartsWith("33.71.", StringComparison.Ordinal)));
        Assert.That(lines, Does.Contain("33.71.01.1003,Rejowinangun Selatan,4,2,2,50.00,0.00,50.00,25.00,BAIK,200.00,1,0.00"));
    }

    [Test]
    public void An_export_asking_for_another_kabupaten_is_refused_naming_both_codes()
    {
        var (exit, error) = ConsoleError.Capture(() => ExportCommand.Run(["export", "uhc", "--periode", "2025-03", "--format", "csv",
            "--out", output["uhc.csv"], .. warehouse.CliArguments, "--kabupaten", "3329"]));

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error, Does.Contain("33.71").And.Contain("33.29"));
        Assert.That(File.Exists(output["uhc.csv"]), Is.False);
    }
}
