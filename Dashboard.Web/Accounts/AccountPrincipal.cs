using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>The signed-in user as the cookie carries them: name, role and the area they are bound to.</summary>
public static class AccountPrincipal
{
    public const string KodePuskesmas = "kode_puskesmas";
    public const string KodeKabKota = "kode_kabkota";
    public const string Stempel = "stempel";

    public static ClaimsPrincipal For(Pengguna account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.Nama), new(ClaimTypes.Role, account.Peran), new(Stempel, account.StempelKeamanan ?? ""),
        };
        if (account.KodePuskesmas is { Length: > 0 } puskesmas) claims.Add(new Claim(KodePuskesmas, puskesmas));
        if (account.KodeKabKota is { Length: > 0 } kabKota) claims.Add(new Claim(KodeKabKota, kabKota));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>Whether the cookie still says what the account says: a disabled account, one whose role or area an
    /// admin changed, or one signed out or given a new password since (another stamp) is signed out on its next request
    /// or action.</summary>
    public static bool Matches(ClaimsPrincipal user, Pengguna? account) =>
        account is { Aktif: true, StempelKeamanan: { Length: > 0 } stempel }
        && user.FindFirst(Stempel)?.Value == stempel
        && user.IsInRole(account.Peran)
        && user.FindFirst(KodePuskesmas)?.Value == NullIfEmpty(account.KodePuskesmas)
        && user.FindFirst(KodeKabKota)?.Value == NullIfEmpty(account.KodeKabKota);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
