using Pws.Core.Security;
using Pws.Core.Time;
using Pws.Dashboard.Web.Audit;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>Checks a user name and password. Five failures in a row lock the account for 15 minutes; every attempt
/// is in the audit trail.</summary>
public sealed class AccountSignIn(AccountStore store, AuditTrail audit, TimeProvider clock)
{
    public const int BatasGagal = 5;
    public static readonly TimeSpan LamaKunci = TimeSpan.FromMinutes(15);

    public enum Status { Berhasil, Gagal, Terkunci }

    public sealed record Result(Status Status, Pengguna? Account = null, DateTime? TerkunciSampai = null);

    public Result SignIn(string nama, string kataSandi, string? alamatIp)
    {
        var key = AccountStore.Key(nama);
        var account = store.Find(key);
        var now = clock.GetUtcNow().UtcDateTime;
        if (account is null || !account.Aktif)
        {
            audit.Record(key, Peristiwa.GagalMasuk, rincian: account is null ? "akun tidak dikenal" : "akun nonaktif", alamatIp: alamatIp);
            return new Result(Status.Gagal);
        }
        if (account.TerkunciSampai is { } until && until > now)
        {
            audit.Record(key, Peristiwa.GagalMasuk, rincian: $"akun terkunci sampai {Wib.FromUtc(until):HH:mm} WIB", alamatIp: alamatIp);
            return new Result(Status.Terkunci, TerkunciSampai: until);
        }

        var verified = PasswordHash.Verify(kataSandi, account.HashKataSandi);
        if (verified == PasswordHash.Result.Failed)
        {
            var lockUntil = now + LamaKunci;
            if (store.RecordFailure(key, BatasGagal, lockUntil))
            {
                audit.Record(key, Peristiwa.Terkunci, rincian: $"{BatasGagal} kali salah kata sandi; terkunci sampai {Wib.FromUtc(lockUntil):HH:mm} WIB", alamatIp: alamatIp);
                return new Result(Status.Terkunci, TerkunciSampai: lockUntil);
            }
            audit.Record(key, Peristiwa.GagalMasuk, rincian: "kata sandi salah", alamatIp: alamatIp);
            return new Result(Status.Gagal);
        }

        store.RecordSuccess(key);
        if (verified == PasswordHash.Result.RehashNeeded) store.SetPassword(key, PasswordHash.Create(kataSandi), account.WajibGantiSandi);
        audit.Record(key, Peristiwa.Masuk, alamatIp: alamatIp);
        // What the cookie carries (name, role, area, must-change flag) is as read above; only the counters changed.
        return new Result(Status.Berhasil, account);
    }
}
