using Dapper;
using Pws.Testing;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;

namespace Pws.Warehouse.Tests;

public sealed class MigratorTests
{
    private static readonly string[] Tables =
        ["wilayah", "puskesmas", "wilayah_kerja", "sasaran", "kunjungan", "skrining", "karantina", "etl_run", "mart_capaian"];

    [Test]
    public void A_new_DuckDB_warehouse_gets_the_whole_schema_once()
    {
        using var warehouse = new TestWarehouse(empty: true);
        var migrator = new Migrator(warehouse.Dialect);

        var first = migrator.Apply();
        var second = migrator.Apply();

        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Contain("001_skema_awal"));
            Assert.That(second, Is.Empty);
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM schema_migrasi").Single(), Is.EqualTo(first.Count));
            foreach (var table in Tables)
                Assert.That(warehouse.Query<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = $t", new { t = table }).Single(),
                    Is.EqualTo(1), table);
        });
    }

    [Test]
    public void A_warehouse_from_a_newer_schema_is_refused_and_left_as_it_is()
    {
        using var warehouse = new TestWarehouse(empty: true);
        new Migrator(warehouse.Dialect).Apply();
        using (var connection = warehouse.Dialect.Open())
            connection.Execute("INSERT INTO schema_migrasi (versi, nama, diterapkan_pada) VALUES (999, '999_masa_depan', current_timestamp)");
        var before = warehouse.Query<long>("SELECT count(*) FROM schema_migrasi").Single();

        Assert.That(() => new Migrator(warehouse.Dialect).Apply(), Throws.TypeOf<WarehouseUnavailableException>()
            .With.Message.Contains("dibuat oleh PWS yang lebih baru (skema 999").And.Message.Contains("gudang data tidak diubah"));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM schema_migrasi").Single(), Is.EqualTo(before));
    }

    /// <summary>Runs only where a SQL Server is reachable: PWS_TEST_SQLSERVER holds its connection string.</summary>
    [Test, Category("SqlServer")]
    public void The_SqlServer_schema_applies_to_a_real_SQL_Server()
    {
        var connection = Environment.GetEnvironmentVariable("PWS_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(connection))
            Assert.Ignore("PWS_TEST_SQLSERVER tidak diisi: uji terhadap SQL Server dilewati (skrip T-SQL tetap diurai oleh ScriptDom).");

        var dialect = Dialect.Create("sqlserver", connection!);
        new Migrator(dialect).Apply();
        Assert.That(new Migrator(dialect).Apply(), Is.Empty);
        using var open = dialect.Open();
        foreach (var table in Tables)
            Assert.That(open.ExecuteScalar<int>("SELECT COUNT(*) FROM sys.tables WHERE name = @t", new { t = table }), Is.EqualTo(1), table);
    }
}
