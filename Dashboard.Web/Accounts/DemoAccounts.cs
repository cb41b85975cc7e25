using Pws.Core.Security;
using Pws.Reports.Wilayah;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>The demo's accounts, one per role and one per demo puskesmas, all with the demo password: the
/// environment variable PWS_DEMO_PASSWORD, or the one written in the README.</summary>
public sealed class DemoAccounts(AreaQuery area)
{
    public const string PasswordVariable = "PWS_DEMO_PASSWORD";
    public const string DefaultPassword = "demo-pws-2026";

    /// <summary>Whether the password comes from <see cref="PasswordVariable"/>: then no page or log may show it.</summary>
    public static bool FromEnvironment => Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 };

    public static string Password => FromEnvironment ? Environment.GetEnvironmentVariable(PasswordVariable)! : DefaultPassword;

    public sealed record Account(string Nama, string Peran, string? KodePuskesmas, string Keterangan);

    public IReadOnlyList<Account> All() =>
    [
        new("admin", Peran.Admin, null, "Admin: kelola pengguna, lihat semua"),
        new("analis", Peran.AnalisDinkes, null, "Analis Dinkes: seluruh wilayah"),
        new("bappeda", Peran.Bappeda, null, "Bappeda: agregat dan ekspor"),
        .. area.Puskesmas().Select(p => new Account($"kapus-{p.Kode.ToLowerInvariant()}", Peran.KepalaPuskesmas, p.Kode, $"Kepala {p.Nama}")),
    ];
}
