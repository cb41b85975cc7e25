using System.Data.Common;
using Dapper;
using Pws.Etl.Master.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Import;

/// <summary>The Kemendagri codes in force, read once and shared by every source of one import run. Read per source,
/// the 83,763 village codes were nearly half of an unchanged re-import's time. They cannot change during a run: they
/// are written only when a warehouse is first loaded, before any source is read.</summary>
public sealed class KodeWilayahBerlaku(Dialect dialect)
{
    private readonly Lock reading = new();
    private HashSet<string>? desa;
    private HashSet<string>? kecamatan;

    public IReadOnlySet<string> Desa(DbConnection connection)
    {
        lock (reading) return desa ??= Read(connection, 4);
    }

    public IReadOnlySet<string> Kecamatan(DbConnection connection)
    {
        lock (reading) return kecamatan ??= Read(connection, 3);
    }

    private HashSet<string> Read(DbConnection connection, int tingkat) =>
        connection.Query<string>(dialect.Sql(typeof(WilayahMaster).Assembly, "kode_wilayah"), new { tingkat })
            .ToHashSet(StringComparer.Ordinal);
}
