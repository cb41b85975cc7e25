using Microsoft.Extensions.DependencyInjection;
using Pws.Etl.BatasDesa;
using Pws.Etl.Cli;
using Pws.Testing;

namespace Pws.Etl.Tests.BatasDesa;

/// <summary>Village boundaries for the map, from a GeoJSON file as QGIS or ogr2ogr writes it.</summary>
[NonParallelizable]
public sealed class BatasDesaImportTests
{
    private static string Square(double x, double y) =>
        $"{{\"type\":\"Polygon\",\"coordinates\":[[[{x},{y}],[{x + 0.01},{y}],[{x + 0.01},{y - 0.01}],[{x},{y - 0.01}],[{x},{y}]]]}}";

    private static string Feature(string properties, double x) => $"{{\"type\":\"Feature\",\"properties\":{{{properties}}},\"geometry\":{Square(x, -6.9)}}}";

    private static string Collection(params string[] features) => $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(',', features)}]}}";

    private static TestWarehouse Brebes()
    {
        var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001");
        warehouse.Import();
        return warehouse;
    }

    [Test]
    public void Codes_dotted_or_not_load_and_unknown_or_missing_codes_are_listed_not_loaded()
    {
        using var warehouse = Brebes();
        using var folder = new TempFolder();
        File.WriteAllText(folder["batas.geojson"], Collection(
            Feature("\"KODE_DESA\":\"33.29.01.2001\",\"NAMA\":\"Banjaran\"", 109.0),
            Feature("\"KODE_DESA\":\"3329012002\"", 109.02),
            Feature("\"KODE_DESA\":\"33.71.01.1003\"", 109.04),
            Feature("\"NAMA\":\"Tanpa kode\"", 109.06)));

        var output = ConsoleOutput.Capture(() => EtlCommand.Run(["batas-desa", folder["batas.geojson"], .. warehouse.CliArguments]), out var exit);

        Assert.That(exit, Is.EqualTo(3), output);
        Assert.That(output, Does.Contain("2 desa dimuat dari batas.geojson"));
        Assert.That(output, Does.Contain("fitur ke-3: desa 33.71.01.1003 tidak dikenal di wilayah 33.29"));
        Assert.That(output, Does.Contain("fitur ke-4: tanpa kode desa"));
        Assert.That(warehouse.Query<string>("SELECT kode_desa FROM batas_desa ORDER BY kode_desa"), Is.EqualTo(new[] { "33.29.01.2001", "33.29.01.2002" }));
    }

    [Test]
    public void The_code_column_can_be_named_and_an_unguessable_one_is_asked_for_naming_the_columns_present()
    {
        using var warehouse = Brebes();
        using var folder = new TempFolder();
        File.WriteAllText(folder["batas.geojson"], Collection(Feature("\"IDDESA\":3329012001", 109.0)));

        var guessed = ConsoleOutput.Capture(() => EtlCommand.Run(["batas-desa", folder["batas.geojson"], .. warehouse.CliArguments]), out var guessedExit);
        var named = ConsoleOutput.Capture(() => EtlCommand.Run(["batas-desa", folder["batas.geojson"], "--kolom-kode", "IDDESA", .. warehouse.CliArguments]), out var namedExit);

        Assert.That(guessedExit, Is.EqualTo(1));
        Assert.That(guessed, Does.Contain("kolom kode desa tidak ditemukan").And.Contain("--kolom-kode").And.Contain("IDDESA"));
        Assert.That(namedExit, Is.EqualTo(0), named);
        Assert.That(warehouse.Query<string>("SELECT kode_desa FROM batas_desa"), Is.EqualTo(new[] { "33.29.01.2001" }));
    }

    [Test]
    public void The_demo_schematic_map_draws_every_village_and_real_boundaries_replace_it()
    {
        using var warehouse = Brebes();
        using var services = warehouse.Services();
        var villages = warehouse.Query<long>("SELECT count(*) FROM wilayah WHERE tingkat = 4 AND kode LIKE '33.29.%' AND berlaku_sampai IS NULL").Single();

        var drawn = services.GetRequiredService<SchematicMap>().EnsureDrawn();
        var again = services.GetRequiredService<SchematicMap>().EnsureDrawn();
        using var geojson = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Collection(Feature("\"kode_desa\":\"33.29.01.2001\"", 109.0))));
        var real = services.GetRequiredService<BatasDesaImport>().Run(geojson, "asli.geojson", null);

        Assert.That(drawn, Is.EqualTo(villages).And.GreaterThan(200), "a cell per village of Brebes");
        Assert.That(again, Is.EqualTo(0), "drawn once");
        Assert.That(real.Dimuat, Is.EqualTo(1));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM batas_desa WHERE skematis").Single(), Is.EqualTo(0));
    }

    [Test]
    public void A_file_that_is_not_GeoJSON_is_refused_naming_it()
    {
        using var warehouse = Brebes();
        using var folder = new TempFolder();
        File.WriteAllText(folder["batas.geojson"], "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",");

        var output = ConsoleOutput.Capture(() => EtlCommand.Run(["batas-desa", folder["batas.geojson"], .. warehouse.CliArguments]), out var exit);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain("batas.geojson: bukan JSON yang sah"));
    }
}
