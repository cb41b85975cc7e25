using System.Data.Common;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Master.Wilayah;

/// <summary>Loads the shipped Kemendagri area codes (all of Indonesia, so a resident of another
/// kabupaten is recognised as luar wilayah rather than rejected) into a new warehouse.</summary>
public static class WilayahMaster
{
    /// <summary>The shipped codes hold from this date until a later edition closes them.</summary>
    public static readonly DateOnly BerlakuDari = new(2000, 1, 1);

    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "Master", "Wilayah", "data");

    public static void EnsureLoaded(Dialect dialect, DbConnection connection)
    {
        if (connection.ExecuteScalar<long>(dialect.Sql(typeof(WilayahMaster).Assembly, "jumlah_wilayah")) > 0) return;

        using var transaction = connection.BeginTransaction();
        using (var writer = dialect.CreateBulkWriter(connection, transaction, "wilayah",
                   ["kode", "kode_induk", "tingkat", "nama", "berlaku_dari", "berlaku_sampai"]))
        {
            foreach (var (file, level) in new[] { ("provinces.csv", 1), ("regencies.csv", 2), ("districts.csv", 3), ("villages.csv", 4) })
            foreach (var (kode, induk, nama) in Read(Path.Combine(DataFolder, file), hasParent: level > 1))
                writer.Add(kode, induk, (byte)level, nama, BerlakuDari, null);
            writer.Complete();
        }
        transaction.Commit();
    }

    /// <summary>Lines are <c>code,parent,name</c>; names may hold a stray quote, so no CSV quoting applies.</summary>
    private static IEnumerable<(string Kode, string? Induk, string Nama)> Read(string path, bool hasParent)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0) continue;
            var parts = line.Split(',', hasParent ? 3 : 2);
            yield return hasParent ? (parts[0], parts[1], parts[2]) : (parts[0], null, parts[1]);
        }
    }
}
