using Pws.Core.Security;
using Pws.Core.Settings;
using Pws.Dashboard.Web.Audit;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>The accounts a start guarantees: the users of configuration (added when missing, never overwritten:
/// the /pengguna page owns them afterwards), the demo accounts in demo mode only, and at least one admin. There is
/// never a built-in password outside the demo: a start without demo mode over a warehouse that holds demo accounts
/// (marked, or still opening with the demo password) disables them and says so.</summary>
public sealed class AccountSeeding(AccountStore store, AuditTrail audit, PwsSettings settings, DemoAccounts demo, ILogger<AccountSeeding> logger)
{
    private const string Seeder = "konfigurasi";

    public void Run()
    {
        foreach (var user in settings.Akses.Pengguna)
        {
            if (store.Find(user.Nama) is not null) continue;
            var peran = Peran.Normalize(user.Peran)!;
            store.Add(user.Nama, user.KataSandi, peran, user.KodePuskesmas, user.KodeKabKota, wajibGantiSandi: false);
            audit.Record(Seeder, Peristiwa.PenggunaDitambah, AccountStore.Key(user.Nama), $"peran {peran} dari Pws:Akses:Pengguna");
        }

        if (settings.Demo) SeedDemo();
        else DisableDemoAccounts();
        if (store.ActiveAdmins() == 0) CreateFirstAdmin();
        audit.Flush();
    }

    /// <summary>Every start gives the demo accounts the demo password again, so the README's password always works.</summary>
    private void SeedDemo()
    {
        var hash = PasswordHash.Create(DemoAccounts.Password);
        var accounts = demo.All();
        foreach (var account in accounts)
        {
            if (store.Find(account.Nama) is null)
                store.Add(account.Nama, hash, account.Peran, account.KodePuskesmas, null, wajibGantiSandi: false, akunDemo: true);
            else
                store.SetPassword(account.Nama, hash, wajibGantiSandi: false, akunDemo: true);
        }
        logger.LogInformation("Mode demo: {Jumlah} akun demo, kata sandi {Sumber}.", accounts.Count,
            DemoAccounts.FromEnvironment ? DemoAccounts.PasswordVariable : "dari README");
    }

    private void DisableDemoAccounts()
    {
        var demoPasswords = new[] { DemoAccounts.DefaultPassword, DemoAccounts.Password }.Distinct().ToList();
        // Marked demo accounts, and accounts of a warehouse made before they were marked that the README's password opens.
        var found = store.All().Where(account => account.Aktif && (account.AkunDemo
            || (IsDemoName(account.Nama) && demoPasswords.Any(p => PasswordHash.Verify(p, account.HashKataSandi) != PasswordHash.Result.Failed))))
            .ToList();
        foreach (var account in found)
        {
            store.Update(account.Nama, account.Peran, account.KodePuskesmas, account.KodeKabKota, aktif: false);
            audit.Record(Seeder, Peristiwa.PenggunaDiubah, account.Nama, "akun demo dinonaktifkan: Pws:Demo tidak aktif");
        }
        if (found.Count > 0)
            logger.LogWarning("Gudang data ini memuat {Jumlah} akun demo dengan kata sandi yang tertulis di README ({Nama}); semuanya " +
                              "dinonaktifkan karena Pws:Demo tidak aktif. Buat akun sungguhan di /pengguna.", found.Count,
                string.Join(", ", found.Select(a => a.Nama)));
    }

    private static bool IsDemoName(string nama) => nama is "admin" or "analis" or "bappeda" || nama.StartsWith("kapus-", StringComparison.Ordinal);

    /// <summary>A deployment without an admin gets one whose one-time password is printed once, here, and must be
    /// changed at the first sign-in.</summary>
    private void CreateFirstAdmin()
    {
        const string nama = "admin";
        var password = PasswordHash.Generate();
        if (store.Find(nama) is { } existing)
        {
            store.Update(nama, Peran.Admin, null, null, aktif: true);
            store.SetPassword(nama, PasswordHash.Create(password), wajibGantiSandi: true);
            audit.Record(Seeder, Peristiwa.PenggunaDiubah, nama, $"dijadikan ADMIN aktif (sebelumnya {existing.Peran}): tidak ada admin lain");
        }
        else
        {
            store.Add(nama, PasswordHash.Create(password), Peran.Admin, null, null, wajibGantiSandi: true);
            audit.Record(Seeder, Peristiwa.PenggunaDitambah, nama, "peran ADMIN: tidak ada admin");
        }
        // Printed, not logged: log files are kept and shipped, the console of the first start is read once.
        Console.WriteLine($"Belum ada akun ADMIN. Akun '{nama}' dibuat dengan kata sandi sekali pakai: {password}");
        Console.WriteLine("Masuk di /masuk dengan kata sandi itu; dasbor meminta kata sandi baru sebelum halaman lain dibuka.");
    }
}
