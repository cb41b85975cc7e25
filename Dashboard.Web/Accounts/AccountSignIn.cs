using Pws.Core.Security;
using Pws.Core.Time;
using Pws.Dashboard.Web.Audit;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>Checks a user name and password. Five failures in a row lock the account for 15 minutes, whether they
/// come from the sign-in form or the password-change form; a client address with too many failures across accounts
/// is held off for a while (<see cref="SignInThrottle"/>); every attempt is in the audit trail.</summary>
public sealed class AccountSignIn(AccountStore store, AuditTrail audit, SignInThrottle throttle, TimeProvider clock)
{
    public const int BatasGagal = 5;
    public static readonly TimeSpan LamaKunci = TimeSpan.FromMinutes(15);

    /// <summary>Verified against when there is no account to verify against, so an unknown name takes as long to
    /// refuse as a wrong password and the answer's time tells nothing.</summary>
    private static readonly Lazy<string> DummyHash = new(() => PasswordHash.Create(Guid.NewGuid().ToString()));

    // Attempts on one account run one at a time, so a burst of them cannot read the same count and each miss the
    // lock; a fixed set of locks keeps sprayed unknown names from growing memory.
    private readonly Lock[] accountLocks = Enumerable.Range(0, 64).Select(_ => new Lock()).ToArray();

    public enum Status { Berhasil, Gagal, Terkunci, Dibatasi }

    public sealed record Result(Status Status, Pengguna? Account = null, DateTime? TerkunciSampai = null);

    public Result SignIn(string nama, string kataSandi, string? alamatIp)
    {
        var key = AccountStore.Key(nama);
        if (throttle.Refuses(alamatIp))
        {
            audit.Record(key, Peristiwa.GagalMasuk, rincian: $"terlalu banyak percobaan gagal dari alamat ini; ditahan {SignInThrottle.Jendela.TotalMinutes:0} menit",
                alamatIp: alamatIp);
            return new Result(Status.Dibatasi);
        }
        var result = Check(key, kataSandi, alamatIp, "kata sandi salah");
        if (result.Status == Status.Berhasil)
        {
            store.RecordSuccess(key);
            audit.Record(key, Peristiwa.Masuk, alamatIp: alamatIp);
        }
        else throttle.RecordFailure(alamatIp);
        return result;
    }

    /// <summary>The current password typed on the password-change form: a wrong one counts toward the lockout like a
    /// wrong sign-in, and is audited.</summary>
    public Result VerifyCurrentPassword(string nama, string kataSandi, string? alamatIp) =>
        Check(AccountStore.Key(nama), kataSandi, alamatIp, "kata sandi sekarang salah di formulir ganti kata sandi");

    private Result Check(string key, string kataSandi, string? alamatIp, string wrongPassword)
    {
        lock (accountLocks[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % accountLocks.Length)])
        {
            var account = store.FindFresh(key);
            var now = clock.GetUtcNow().UtcDateTime;
            if (account is null || !account.Aktif)
            {
                PasswordHash.Verify(kataSandi, account?.HashKataSandi ?? DummyHash.Value);
                audit.Record(key, Peristiwa.GagalMasuk, rincian: account is null ? "akun tidak dikenal" : "akun nonaktif", alamatIp: alamatIp);
                return new Result(Status.Gagal);
            }
            if (account.TerkunciSampai is { } until && until > now)
            {
                PasswordHash.Verify(kataSandi, DummyHash.Value);
                audit.Record(key, Peristiwa.GagalMasuk, rincian: $"akun terkunci sampai {Wib.FromUtc(until):HH:mm} WIB", alamatIp: alamatIp);
                return new Result(Status.Terkunci, TerkunciSampai: until);
            }

            var verified = PasswordHash.Verify(kataSandi, account.HashKataSandi);
            if (verified == PasswordHash.Result.Failed)
            {
                // Whole seconds: the warehouse keeps microseconds, and the lock is recognised by reading this time back.
                var lockUntil = new DateTime((now + LamaKunci).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
                if (store.RecordFailure(key, BatasGagal, lockUntil))
                {
                    audit.Record(key, Peristiwa.Terkunci, rincian: $"{BatasGagal} kali salah kata sandi; terkunci sampai {Wib.FromUtc(lockUntil):HH:mm} WIB", alamatIp: alamatIp);
                    return new Result(Status.Terkunci, TerkunciSampai: lockUntil);
                }
                audit.Record(key, Peristiwa.GagalMasuk, rincian: wrongPassword, alamatIp: alamatIp);
                return new Result(Status.Gagal);
            }
            if (verified == PasswordHash.Result.RehashNeeded)
            {
                store.SetPassword(key, PasswordHash.Create(kataSandi), account.WajibGantiSandi, account.AkunDemo);
                account = store.FindFresh(key)!;
            }
            return new Result(Status.Berhasil, account);
        }
    }
}
