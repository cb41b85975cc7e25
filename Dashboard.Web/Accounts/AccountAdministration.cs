using System.Security.Claims;
using System.Text.RegularExpressions;
using Pws.Core.Area;
using Pws.Core.Security;
using Pws.Dashboard.Web.Audit;
using Pws.Reports.Wilayah;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>What an admin does on /pengguna and what everyone does with their own password. Each change is checked
/// (a bound role needs its puskesmas or kabupaten/kota, the last admin stays), recorded in the audit trail, and
/// answered with a message in Bahasa Indonesia; a new or reset password is generated and shown once. The acting admin's
/// own account is read again at the moment each change runs: a page left open after that admin was disabled, demoted
/// or signed out changes nothing.</summary>
public sealed partial class AccountAdministration(AccountStore store, AuditTrail audit, AreaQuery area, ServedArea servedArea, AccountSignIn signIn)
{
    public const int PanjangMinimum = 10;

    public sealed record Outcome(bool Berhasil, string Pesan, string? KataSandiSekaliPakai = null);

    public Outcome Add(ClaimsPrincipal user, string nama, string peran, string? kodePuskesmas, string? kodeKabKota)
    {
        if (ActingAdmin(user) is not { } admin) return NotAdmin;
        var key = AccountStore.Key(nama);
        if (!ValidName().IsMatch(key))
            return Fail("Nama pengguna 3-40 huruf kecil, angka, titik, garis bawah atau tanda hubung.");
        if (store.Find(key) is not null) return Fail($"Nama pengguna {key} sudah dipakai.");
        if (Binding(peran, kodePuskesmas, kodeKabKota) is { } problem) return Fail(problem);
        var password = PasswordHash.Generate();
        store.Add(key, PasswordHash.Create(password), peran, Bound(peran, kodePuskesmas, kodeKabKota).Puskesmas,
            Bound(peran, kodePuskesmas, kodeKabKota).KabKota, wajibGantiSandi: true);
        audit.Record(admin, Peristiwa.PenggunaDitambah, key, Describe(peran, kodePuskesmas, kodeKabKota));
        return new Outcome(true, $"Akun {key} dibuat. Berikan kata sandi sekali pakai ini; pengguna menggantinya saat pertama masuk.", password);
    }

    public Outcome Change(ClaimsPrincipal user, string nama, string peran, string? kodePuskesmas, string? kodeKabKota, bool aktif)
    {
        if (ActingAdmin(user) is not { } admin) return NotAdmin;
        if (store.Find(nama) is not { } account) return Fail($"Akun {nama} tidak ada.");
        if (Binding(peran, kodePuskesmas, kodeKabKota) is { } problem) return Fail(problem);
        if (account is { Peran: Peran.Admin, Aktif: true } && (peran != Peran.Admin || !aktif) && store.ActiveAdmins() <= 1)
            return Fail("Ini admin aktif terakhir: tambahkan admin lain dulu.");
        var (puskesmas, kabKota) = Bound(peran, kodePuskesmas, kodeKabKota);
        store.Update(account.Nama, peran, puskesmas, kabKota, aktif);
        audit.Record(admin, Peristiwa.PenggunaDiubah, account.Nama, $"{Describe(peran, puskesmas, kabKota)}, {(aktif ? "aktif" : "nonaktif")}");
        return new Outcome(true, $"Akun {account.Nama} diubah.");
    }

    public Outcome ResetPassword(ClaimsPrincipal user, string nama)
    {
        if (ActingAdmin(user) is not { } admin) return NotAdmin;
        if (store.Find(nama) is not { } account) return Fail($"Akun {nama} tidak ada.");
        var password = PasswordHash.Generate();
        store.SetPassword(account.Nama, PasswordHash.Create(password), wajibGantiSandi: true);
        audit.Record(admin, Peristiwa.SandiDiaturUlang, account.Nama);
        return new Outcome(true, $"Kata sandi {account.Nama} diatur ulang (kunci juga dibuka). Berikan kata sandi sekali pakai ini.", password);
    }

    /// <summary>Why a new password was not taken, by the code the form's address carries (never the text itself,
    /// so a crafted link cannot put words on the page).</summary>
    public static readonly IReadOnlyDictionary<string, string> AlasanSandiDitolak = new Dictionary<string, string>
    {
        ["nonaktif"] = "Akun tidak aktif.",
        ["lama-salah"] = "Kata sandi sekarang salah.",
        ["tidak-sama"] = "Kata sandi baru dan ulangannya berbeda.",
        ["pendek"] = $"Kata sandi baru minimal {PanjangMinimum} karakter.",
        ["sama"] = "Kata sandi baru harus berbeda dari yang sekarang.",
        ["memuat-nama"] = "Kata sandi baru tidak boleh memuat nama pengguna.",
        ["terkunci"] = $"Terlalu banyak kata sandi salah: akun terkunci {AccountSignIn.LamaKunci.TotalMinutes:0} menit.",
    };

    /// <returns>Null when changed, else a key of <see cref="AlasanSandiDitolak"/>.</returns>
    public string? ChangeOwnPassword(string nama, string lama, string baru, string ulangi, string? alamatIp)
    {
        var current = signIn.VerifyCurrentPassword(nama, lama, alamatIp);
        if (current.Status == AccountSignIn.Status.Terkunci) return "terkunci";
        if (current.Account is not { } account) return store.Find(nama) is { Aktif: true } ? "lama-salah" : "nonaktif";
        if (baru != ulangi) return "tidak-sama";
        if (baru.Length < PanjangMinimum) return "pendek";
        if (baru == lama) return "sama";
        if (baru.Contains(account.Nama, StringComparison.OrdinalIgnoreCase)) return "memuat-nama";
        store.SetPassword(account.Nama, PasswordHash.Create(baru), wajibGantiSandi: false);
        audit.Record(account.Nama, Peristiwa.SandiDiganti, account.Nama, alamatIp: alamatIp);
        return null;
    }

    private string? Binding(string peran, string? kodePuskesmas, string? kodeKabKota)
    {
        if (!Peran.Semua.Contains(peran)) return $"Peran {peran} tidak dikenal.";
        if (peran == Peran.KepalaPuskesmas)
            return area.Puskesmas().Any(p => p.Kode == kodePuskesmas) ? null : "Pilih puskesmas untuk kepala puskesmas.";
        if (peran == Peran.AnalisDinkes && !string.IsNullOrWhiteSpace(kodeKabKota))
            return servedArea.IsProvince && area.KabupatenKota().Any(k => k.Kode == kodeKabKota)
                ? null
                : "Kabupaten/kota hanya dapat dipilih pada penerapan provinsi, dan harus di dalam provinsinya.";
        return null;
    }

    /// <summary>Only a kepala puskesmas keeps a puskesmas, only an analyst a kabupaten/kota.</summary>
    private static (string? Puskesmas, string? KabKota) Bound(string peran, string? kodePuskesmas, string? kodeKabKota) =>
        (peran == Peran.KepalaPuskesmas ? kodePuskesmas : null,
         peran == Peran.AnalisDinkes && !string.IsNullOrWhiteSpace(kodeKabKota) ? kodeKabKota : null);

    private static string Describe(string peran, string? kodePuskesmas, string? kodeKabKota) =>
        $"peran {peran}" + (Bound(peran, kodePuskesmas, kodeKabKota) switch
        {
            ({ } p, _) => $", puskesmas {p}",
            (_, { } k) => $", kabupaten/kota {k}",
            _ => "",
        });

    private static Outcome Fail(string message) => new(false, message);

    private static readonly Outcome NotAdmin = Fail("Akun Anda bukan lagi admin aktif, atau sesinya telah berakhir: masuk kembali.");

    /// <summary>The admin acting, as the warehouse holds them now, or null when the session no longer stands for an
    /// active admin.</summary>
    private string? ActingAdmin(ClaimsPrincipal user) =>
        user.Identity?.Name is { } nama && store.FindFresh(nama) is { Peran: Peran.Admin } account && AccountPrincipal.Matches(user, account)
            ? account.Nama
            : null;

    [GeneratedRegex("^[a-z0-9._-]{3,40}$")]
    private static partial Regex ValidName();
}
