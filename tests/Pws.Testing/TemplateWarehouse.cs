using Dapper;
using Pws.Etl.Master.Wilayah;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Migrations;

namespace Pws.Testing;

/// <summary>An embedded warehouse with the schema and the Kemendagri register (83,763 villages) as every first import
/// leaves it, made once per test run and copied into each new test warehouse: writing the register into every test's
/// own warehouse was most of a small test's time.</summary>
internal static class TemplateWarehouse
{
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string path) => File.Copy(Template.Value, path);

    private static string Build()
    {
        var folder = Directory.CreateTempSubdirectory("pws-templat-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var path = Path.Combine(folder, "templat.duckdb");
        var dialect = new DuckDbDialect(path);
        new Migrator(dialect).Apply();
        using (var connection = dialect.Open())
        {
            WilayahMaster.EnsureLoaded(dialect, connection);
            // Everything in the file itself, so that a copy is the whole warehouse.
            connection.Execute("CHECKPOINT");
        }
        return path;
    }
}
