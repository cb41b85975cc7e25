using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Pws.Etl.Import;
using Pws.Etl.Jobs;
using Pws.Testing;
using Pws.Warehouse.Migrations;
using static Pws.Testing.InboxBuilder;

namespace Pws.Etl.Tests.Marts;

/// <summary>A warehouse from before the outreach and cascade marts: the schema upgrade leaves every year with data
/// pending, the dashboard's start finds it so and its background job builds the marts, after which the reports read
/// what a fresh import gives.</summary>
public sealed class MartUpgradeTests
{
    private const string Desa = "33.29.01.2001";

    /// <summary>One village of 2026: a visit at a posyandu, a hypertension visit and a flagged screening of its patient.</summary>
    private static TestWarehouse ImportedVillage()
    {
        var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", $"P1,{Desa}")
            .File("P1/kunjungan_2026.csv", KunjunganHeader,
                Visit("V1", "2026-02-03", "P1", "3329010101900001", Desa, tempat: "POSYANDU"),
                Visit("V2", "2026-03-04", "P1", "3329010101900002", Desa, layanan: "PELAYANAN_HIPERTENSI"))
            .File("P1/skrining_2026.csv", SkriningHeader, $"S1,2026-03-01,P1,3329010101900002,,L,1970-01-01,{Desa},150,95,,,,,,");
        warehouse.Import();
        return warehouse;
    }

    /// <summary>A report of 2026 to March as the command line exports it.</summary>
    private static List<string> Export(TestWarehouse warehouse, string laporan, string tingkat) =>
        warehouse.ExportCsv("export", laporan, "--tahun", "2026", "--sampai-bulan", "3", "--tingkat", tingkat, "--kabupaten", "33.29");

    [Test]
    public void An_upgraded_warehouse_gets_its_outreach_and_cascade_marts_built_by_the_start_job()
    {
        using var warehouse = ImportedVillage();
        List<string> Jangkauan() => Export(warehouse, "jangkauan", "kabupaten");
        List<string> Kaskade() => Export(warehouse, "kaskade", "desa");
        var (jangkauan, kaskade) = (Jangkauan(), Kaskade());
        Assert.That(jangkauan, Does.Contain("33.29,KABUPATEN BREBES,,,2,1,0,1,0,0,0,50.00"), "fresh import: year to date, every service");
        Assert.That(kaskade[1], Does.StartWith($"{Desa},").And.Contains(",1,1,1,"), "fresh import: screened, flagged, followed up");

        using (var connection = warehouse.Dialect.Open())
            connection.Execute("""
                DROP VIEW kunjungan_hari; DROP VIEW skrining_hari; DROP TABLE mart_jangkauan; DROP TABLE mart_kaskade;
                ALTER TABLE indikator DROP COLUMN klaster; DELETE FROM schema_migrasi WHERE versi = 14;
                """);
        Assert.That(new Migrator(warehouse.Dialect).Apply(), Is.EqualTo(new[] { "014_mart_jangkauan_kaskade" }));
        using var services = warehouse.Services();

        Assert.That(services.GetRequiredService<FirstStart>().MartTertunda(), Is.True, "the upgrade leaves 2026 pending");
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM mart_jangkauan").Single(), Is.Zero);
        Assert.That(ActivatorUtilities.CreateInstance<MartTertundaJob>(services).Run(), Is.EqualTo("Mart tahun 2026 dibangun."));
        Assert.Multiple(() =>
        {
            Assert.That(services.GetRequiredService<FirstStart>().MartTertunda(), Is.False);
            Assert.That(Jangkauan(), Is.EqualTo(jangkauan));
            Assert.That(Kaskade(), Is.EqualTo(kaskade));
        });
    }

    [Test]
    public void Dropping_the_marts_keys_keeps_every_marts_figures_and_a_rebuild_writes_each_year_once()
    {
        using var warehouse = ImportedVillage();
        List<string> Figures() =>
        [
            .. Export(warehouse, "jangkauan", "kabupaten"), .. Export(warehouse, "kaskade", "desa"), .. Export(warehouse, "skrining", "desa"),
            .. Export(warehouse, "spm", "kecamatan"),
        ];
        long MartRows() => warehouse.Query<long>(
            "SELECT (SELECT count(*) FROM mart_skrining) + (SELECT count(*) FROM mart_jangkauan) + (SELECT count(*) FROM mart_kaskade) " +
            "+ (SELECT count(*) FROM mart_capaian_wilayah)").Single();
        var (figures, rows) = (Figures(), MartRows());
        Assert.That(figures, Has.Some.StartsWith("33.29,KABUPATEN BREBES,,,2,1,0,1,"), "outreach, year to date");

        using (var connection = warehouse.Dialect.Open())
            connection.Execute("DELETE FROM schema_migrasi WHERE versi = 16");
        Assert.That(new Migrator(warehouse.Dialect).Apply(), Is.EqualTo(new[] { "016_mart_tanpa_kunci" }));
        Assert.Multiple(() =>
        {
            Assert.That(MartRows(), Is.EqualTo(rows), "every mart row copied");
            Assert.That(Figures(), Is.EqualTo(figures), "each column where it was");
        });

        using var services = warehouse.Services();
        services.GetRequiredService<Importer>().RebuildAllMarts();
        Assert.Multiple(() =>
        {
            Assert.That(MartRows(), Is.EqualTo(rows), "without a key, the rebuild still replaces the year");
            Assert.That(Figures(), Is.EqualTo(figures));
        });
    }
}
