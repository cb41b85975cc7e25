using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Pseudonymization;

/// <summary>The deployment key, checked against the warehouse it pseudonymizes for: a new key is made only for
/// a warehouse without people. A key file lost (or swapped) next to a warehouse that has people stops the
/// import and the dashboard's start: a new key would silently split every person from their history.</summary>
public static class PseudonymKey
{
    public static byte[] Load(Dialect dialect, DbConnection connection, string keyFile, DateTime now)
    {
        var recorded = connection.QuerySingleOrDefault<string>(Sql(dialect, "sidik_kunci"));
        if (!File.Exists(keyFile) && (recorded is not null || connection.ExecuteScalar<long>(Sql(dialect, "jumlah_orang")) > 0))
            throw Missing(dialect, keyFile);
        var key = KeyFile.LoadOrCreate(keyFile);
        var fingerprint = Fingerprint(key);
        if (recorded is null) connection.Execute(Sql(dialect, "catat_sidik_kunci"), new { sidik = fingerprint, dicatat_pada = now });
        else if (recorded != fingerprint)
            throw new PseudonymKeyException($"Kunci pseudonim {Path.GetFullPath(keyFile)} bukan kunci gudang data {dialect.Location}: " +
                                            "orang yang sama akan tercatat sebagai orang lain. Pakai berkas kunci yang dipakai gudang data ini.");
        return key;
    }

    /// <summary>For a start that reads only: the key the warehouse needs is there and is its own.</summary>
    public static void Check(Dialect dialect, string keyFile)
    {
        using var connection = dialect.Open();
        var recorded = connection.QuerySingleOrDefault<string>(Sql(dialect, "sidik_kunci"));
        if (recorded is null) return;
        if (!File.Exists(keyFile)) throw Missing(dialect, keyFile);
        if (recorded != Fingerprint(KeyFile.LoadOrCreate(keyFile)))
            throw new PseudonymKeyException($"Kunci pseudonim {Path.GetFullPath(keyFile)} bukan kunci gudang data {dialect.Location}.");
    }

    private static PseudonymKeyException Missing(Dialect dialect, string keyFile) =>
        new($"Kunci pseudonim {Path.GetFullPath(keyFile)} tidak ada, padahal gudang data {dialect.Location} sudah berisi orang yang " +
            "dipseudonimkan dengan kunci itu. Pulihkan berkas kunci dari cadangan; PWS tidak membuat kunci baru, karena setiap orang " +
            "akan terpisah dari riwayatnya.");

    /// <summary>Says which key it is without saying anything about the key.</summary>
    private static string Fingerprint(byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("pws-sidik-kunci")))[..32];

    private static string Sql(Dialect dialect, string name) => dialect.Sql(typeof(PseudonymKey).Assembly, name);
}

/// <summary>The pseudonym key is missing or is not the warehouse's.</summary>
public sealed class PseudonymKeyException(string message) : IOException(message);
