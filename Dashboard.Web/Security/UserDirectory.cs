using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Pws.Warehouse.Settings;

namespace Pws.Dashboard.Web.Security;

/// <summary>The users of this deployment, from configuration.</summary>
public sealed class UserDirectory(PwsSettings settings)
{
    public ClaimsPrincipal? SignIn(string nama, string kataSandi)
    {
        var user = settings.Akses.Pengguna.FirstOrDefault(u => string.Equals(u.Nama, nama, StringComparison.OrdinalIgnoreCase));
        return user is not null && PasswordHash.Verify(kataSandi, user.KataSandi) ? Principal(user.Nama, user.Peran, user.KodePuskesmas) : null;
    }

    public static ClaimsPrincipal Principal(string nama, string peran, string? kodePuskesmas, string scheme = CookieAuthenticationDefaults.AuthenticationScheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, nama), new(ClaimTypes.Role, peran.ToUpperInvariant()) };
        if (kodePuskesmas is not null) claims.Add(new Claim(PwsClaims.KodePuskesmas, kodePuskesmas));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
