using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Pws.Core.Security;
using Pws.Core.Settings;

namespace Pws.Dashboard.Web.Security;

/// <summary>The users of this deployment, from configuration.</summary>
public sealed class UserDirectory(PwsSettings settings)
{
    public ClaimsPrincipal? SignIn(string nama, string kataSandi)
    {
        var user = settings.Akses.Pengguna.FirstOrDefault(u => string.Equals(u.Nama, nama, StringComparison.OrdinalIgnoreCase));
        if (user is null || !IsComplete(user) || !PasswordHash.Verify(kataSandi, user.KataSandi)) return null;
        return Principal(user.Nama, user.Peran, user.KodePuskesmas);
    }

    /// <summary>A user with an unknown role, or a puskesmas user without its puskesmas, may not sign in.</summary>
    private static bool IsComplete(PenggunaSettings user) => user.Peran.ToUpperInvariant() switch
    {
        PwsClaims.Dinkes => true,
        PwsClaims.Puskesmas => !string.IsNullOrWhiteSpace(user.KodePuskesmas),
        _ => false,
    };

    public static ClaimsPrincipal Principal(string nama, string peran, string? kodePuskesmas, string scheme = CookieAuthenticationDefaults.AuthenticationScheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, nama), new(ClaimTypes.Role, peran.ToUpperInvariant()) };
        if (kodePuskesmas is not null) claims.Add(new Claim(PwsClaims.KodePuskesmas, kodePuskesmas));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
