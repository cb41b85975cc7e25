using System.Collections.Concurrent;
using System.Security.Cryptography;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>The accounts table (times in UTC, as every warehouse time). Every request and every live page checks its
/// user's account (disabled, changed or signed out since signing in?), so reads are cached briefly and every change
/// here clears the cache; a change made by another dashboard over the same SQL Server is seen within
/// <see cref="CacheFor"/>.</summary>
public sealed class AccountStore(Dialect dialect, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<string, (Pengguna? Account, DateTime Read)> cache = new();

    private string Sql(string name) => dialect.Sql(typeof(AccountStore).Assembly, name);

    /// <summary>User names are compared as typed but without case or surrounding spaces.</summary>
    public static string Key(string nama) => nama.Trim().ToLowerInvariant();

    public Pengguna? Find(string nama)
    {
        var key = Key(nama);
        var now = DateTime.UtcNow;
        if (cache.TryGetValue(key, out var cached) && now - cached.Read < CacheFor) return cached.Account;
        return FindFresh(key);
    }

    /// <summary>The account as the warehouse holds it now: for decisions that must not act on a cached state
    /// (a lockout, an admin's action).</summary>
    public Pengguna? FindFresh(string nama)
    {
        var key = Key(nama);
        var now = DateTime.UtcNow;
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

    public void Add(string nama, string hash, string peran, string? kodePuskesmas, string? kodeKabKota, bool wajibGantiSandi, bool akunDemo = false) =>
        Write("pengguna_tambah", new
        {
            nama = Key(nama), hash_kata_sandi = hash, peran, kode_puskesmas = kodePuskesmas, kode_kabkota = kodeKabKota,
            aktif = true, wajib_ganti_sandi = wajibGantiSandi, waktu = clock.GetUtcNow().UtcDateTime, stempel_keamanan = NewStamp(),
            akun_demo = akunDemo,
        });

    public void Update(string nama, string peran, string? kodePuskesmas, string? kodeKabKota, bool aktif) =>
        Write("pengguna_ubah", new { nama = Key(nama), peran, kode_puskesmas = kodePuskesmas, kode_kabkota = kodeKabKota, aktif, waktu = clock.GetUtcNow().UtcDateTime });

    /// <summary>Sets a password and a new stamp, so every session signed in before ends.</summary>
    public void SetPassword(string nama, string hash, bool wajibGantiSandi, bool akunDemo = false) =>
        Write("pengguna_ubah_sandi", new
        {
            nama = Key(nama), hash_kata_sandi = hash, wajib_ganti_sandi = wajibGantiSandi, waktu = clock.GetUtcNow().UtcDateTime,
            stempel_keamanan = NewStamp(), akun_demo = akunDemo,
        });

    /// <summary>Ends every session of the account (sign-out): their cookies carry the old stamp.</summary>
    public void RenewStamp(string nama) => Write("pengguna_stempel", new { nama = Key(nama), stempel_keamanan = NewStamp() });

    /// <summary>Counts a failed sign-in in one statement; the failure that reaches <paramref name="batasGagal"/> locks
    /// the account until <paramref name="terkunciSampai"/>. True when this failure locked it.</summary>
    public bool RecordFailure(string nama, int batasGagal, DateTime terkunciSampai)
    {
        Write("pengguna_gagal", new { nama = Key(nama), batas_gagal = batasGagal, terkunci_sampai = terkunciSampai });
        return FindFresh(nama)?.TerkunciSampai == terkunciSampai;
    }

    public void RecordSuccess(string nama) => Write("pengguna_berhasil", new { nama = Key(nama) });

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

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
