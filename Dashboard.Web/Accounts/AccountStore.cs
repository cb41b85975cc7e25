using System.Collections.Concurrent;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>The accounts table (times in UTC, as every warehouse time). Every request checks its user's account (disabled or changed since signing in?),
/// so reads are cached briefly and every change here clears the cache.</summary>
public sealed class AccountStore(Dialect dialect, TimeProvider clock)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (Pengguna? Account, DateTime Read)> cache = new();

    private string Sql(string name) => dialect.Sql(typeof(AccountStore).Assembly, name);

    /// <summary>User names are compared as typed but without case or surrounding spaces.</summary>
    public static string Key(string nama) => nama.Trim().ToLowerInvariant();

    public Pengguna? Find(string nama)
    {
        var key = Key(nama);
        var now = DateTime.UtcNow;
        if (cache.TryGetValue(key, out var cached) && now - cached.Read < CacheFor) return cached.Account;
        using var connection = dialect.Open();
        var account = connection.QuerySingleOrDefault<Pengguna>(Sql("pengguna_satu"), new { nama = key });
        cache[key] = (account, now);
        return account;
    }

    public IReadOnlyList<Pengguna> All()
    {
        using var connection = dialect.Open();
        return connection.Query<Pengguna>(Sql("pengguna_semua")).ToList();
    }

    public int ActiveAdmins()
    {
        using var connection = dialect.Open();
        return connection.ExecuteScalar<int>(Sql("pengguna_jumlah_admin"), new { aktif = true });
    }

    public void Add(string nama, string hash, string peran, string? kodePuskesmas, string? kodeKabKota, bool wajibGantiSandi) =>
        Write("pengguna_tambah", new
        {
            nama = Key(nama), hash_kata_sandi = hash, peran, kode_puskesmas = kodePuskesmas, kode_kabkota = kodeKabKota,
            aktif = true, wajib_ganti_sandi = wajibGantiSandi, waktu = clock.GetUtcNow().UtcDateTime,
        });

    public void Update(string nama, string peran, string? kodePuskesmas, string? kodeKabKota, bool aktif) =>
        Write("pengguna_ubah", new { nama = Key(nama), peran, kode_puskesmas = kodePuskesmas, kode_kabkota = kodeKabKota, aktif, waktu = clock.GetUtcNow().UtcDateTime });

    public void SetPassword(string nama, string hash, bool wajibGantiSandi) =>
        Write("pengguna_ubah_sandi", new { nama = Key(nama), hash_kata_sandi = hash, wajib_ganti_sandi = wajibGantiSandi, waktu = clock.GetUtcNow().UtcDateTime });

    /// <summary>Counts a failed sign-in; true when this failure locked the account.</summary>
    public bool RecordFailure(string nama, int batasGagal, DateTime terkunciSampai)
    {
        Write("pengguna_gagal", new { nama = Key(nama) });
        return Write("pengguna_kunci", new { nama = Key(nama), batas_gagal = batasGagal, terkunci_sampai = terkunciSampai }) > 0;
    }

    public void RecordSuccess(string nama) => Write("pengguna_berhasil", new { nama = Key(nama) });

    private int Write(string sql, object parameters)
    {
        try
        {
            using var connection = dialect.Open();
            return connection.Execute(Sql(sql), parameters);
        }
        finally
        {
            cache.Clear();
        }
    }
}
