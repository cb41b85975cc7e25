using System.Security.Claims;

namespace Pws.Dashboard.Web.Accounts;

/// <summary>Who is acting, read again from the warehouse at the moment a change runs: a page left open after its account
/// was disabled, demoted or signed out changes nothing.</summary>
public sealed class ActingAccount(AccountStore store)
{
    /// <returns>The account's name when the session still stands for an active account of one of <paramref name="roles"/>; else null.</returns>
    public string? In(ClaimsPrincipal user, params IReadOnlyList<string> roles) =>
        user.Identity?.Name is { } nama && store.FindFresh(nama) is { } account && roles.Contains(account.Peran) && AccountPrincipal.Matches(user, account)
            ? account.Nama
            : null;
}
