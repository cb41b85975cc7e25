using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Warehouse.Backup;

/// <summary>A consistent copy of the warehouse, taken while it is in use: for DuckDB a new database file that
/// opens on its own, for SQL Server a copy-only backup on the server's disk.</summary>
public static class WarehouseBackup
{
    public static string Copy(Dialect dialect, string target)
    {
        using var connection = dialect.Open();
        var sql = dialect.Sql(typeof(WarehouseBackup).Assembly, "cadangan");
        var database = connection.ExecuteScalar<string>(dialect.Sql(typeof(WarehouseBackup).Assembly, "nama_basis_data"))!;
        if (dialect is not DuckDbDialect)
        {
            connection.Execute(sql, new { database, tujuan = target }, commandTimeout: 0);
            return target;
        }
        var full = Path.GetFullPath(target);
        if (full.Contains('\'') || full.Contains('"'))
            throw new ArgumentException($"Nama berkas cadangan {full} tidak boleh memuat tanda kutip.");
        if (File.Exists(full)) throw new IOException($"Berkas cadangan {full} sudah ada: pilih nama lain agar cadangan lama tidak tertimpa.");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        connection.Execute(sql.Replace("{tujuan}", full, StringComparison.Ordinal)
            .Replace("{sumber}", database.Replace("\"", "\"\"", StringComparison.Ordinal), StringComparison.Ordinal));
        Files.PrivateFiles.Narrow(full);
        return full;
    }
}
