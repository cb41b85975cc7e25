using System.Globalization;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Warehouse.Migrations;

/// <summary>Applies the numbered schema scripts of a dialect (<c>sql/{dialect}/NNN_name.sql</c>)
/// that the warehouse has not recorded yet, each in its own transaction.</summary>
public sealed class Migrator(Dialect dialect)
{
    /// <summary>Two starts in one process (an import and the dashboard's first start, two imports at once)
    /// would otherwise create the same tables together and conflict.</summary>
    private static readonly Lock OneAtATime = new();

    public IReadOnlyList<string> Apply()
    {
        lock (OneAtATime) return ApplyPending();
    }

    private List<string> ApplyPending()
    {
        var assembly = typeof(Migrator).Assembly;
        using var connection = dialect.Open();
        connection.Execute(dialect.Sql(assembly, "riwayat_migrasi"));
        var applied = connection.Query<int>("SELECT versi FROM schema_migrasi").ToHashSet();

        var prefix = $"migrations.{dialect.Name}.";
        var known = SqlResources.Names(assembly, prefix).ToList();
        var newest = known.Max(r => Version(r[prefix.Length..]));
        if (applied.Count > 0 && applied.Max() > newest)
            throw new WarehouseUnavailableException(
                $"Gudang data {dialect.Location} dibuat oleh PWS yang lebih baru (skema {applied.Max()}, versi ini mengenal sampai " +
                $"skema {newest}): perbarui PWS; gudang data tidak diubah.", new InvalidOperationException("schema too new"));
        var newlyApplied = new List<string>();
        foreach (var resource in known)
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = Version(name);
            if (applied.Contains(version)) continue;

            using var transaction = connection.BeginTransaction();
            foreach (var batch in dialect.SplitBatches(SqlResources.Read(assembly, resource)))
                connection.Execute(batch, transaction: transaction);
            connection.Execute(dialect.Sql(assembly, "catat_migrasi"),
                new { versi = version, nama = name, diterapkan_pada = DateTime.UtcNow }, transaction);
            transaction.Commit();
            newlyApplied.Add(name);
        }
        return newlyApplied;
    }

    private static int Version(string name) => int.Parse(name[..3], CultureInfo.InvariantCulture);
}
