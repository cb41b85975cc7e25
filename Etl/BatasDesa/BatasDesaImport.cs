using Dapper;
using Pws.Core.Area;
using Pws.Core.Serving;
using Pws.Etl.Validation;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.BatasDesa;

/// <summary>Loads village boundaries into the warehouse for the map. Codes may be dotted or not; a feature whose code
/// is missing, unknown or outside the area served is listed and not loaded, and the rest still load. A village
/// loaded again gets its new boundary; real boundaries replace the demo's schematic map.</summary>
public sealed class BatasDesaImport(Dialect dialect, ServedArea servedArea, TimeProvider clock)
{
    private string Sql(string name) => dialect.Sql(typeof(BatasDesaImport).Assembly, name);

    /// <summary>The boundaries of a GeoJSON file, named by its file name in what is printed.</summary>
    public BatasDesaImportResult Run(string file, string? codeProperty)
    {
        using var geojson = File.OpenRead(file);
        return Run(geojson, Path.GetFileName(file), codeProperty);
    }

    /// <summary>What the command line prints and its exit code, whether it loaded the file or the dashboard did.</summary>
    public static HandoffResult Outcome(BatasDesaImportResult loaded) => new(loaded.ExitCode, loaded.ToString(), null);

    public BatasDesaImportResult Run(Stream geojson, string name, string? codeProperty)
    {
        var features = BatasDesaFile.Read(geojson, name, string.IsNullOrWhiteSpace(codeProperty) ? null : codeProperty.Trim());
        var kabupaten = servedArea.Kode;
        using var connection = dialect.Open();
        var known = connection.Query<string>(Sql("desa_wilayah"), new { kabupaten_prefix = kabupaten + ".%" }).ToHashSet(StringComparer.Ordinal);

        var refused = new List<string>();
        var load = new Dictionary<string, BatasDesaFeature>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            var kode = feature.Kode is null ? null : FieldParsers.NormalizeKodeDesa(feature.Kode);
            if (feature.Kode is null) refused.Add($"fitur ke-{feature.Nomor}: tanpa kode desa");
            else if (kode is null) refused.Add($"fitur ke-{feature.Nomor}: '{feature.Kode}' bukan kode desa");
            else if (!known.Contains(kode)) refused.Add($"fitur ke-{feature.Nomor}: desa {kode} tidak dikenal di wilayah {kabupaten}");
            else if (!load.TryAdd(kode, feature)) refused.Add($"fitur ke-{feature.Nomor}: desa {kode} sudah ada di fitur ke-{load[kode].Nomor}");
        }

        if (load.Count > 0)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(Sql("batas_hapus_skematis"), new { skematis = true }, transaction);
            Save(connection, transaction, load.Select(x => (x.Key, x.Value.Geometri)), skematis: false, name);
            transaction.Commit();
        }
        return new BatasDesaImportResult(name, load.Count, refused);
    }

    internal void Save(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction,
        IEnumerable<(string KodeDesa, string Geometri)> batasDesa, bool skematis, string sumber)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kode, geometri) in batasDesa)
        {
            connection.Execute(Sql("batas_hapus"), new { kode_desa = kode }, transaction);
            connection.Execute(Sql("batas_tambah"), new { kode_desa = kode, geometri, skematis, sumber, dimuat_pada = now }, transaction);
        }
    }
}
