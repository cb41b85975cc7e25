using Pws.Dashboard.Web.Security;
using Pws.Core.Security;
using Pws.Core.Settings;

namespace Pws.Dashboard.Tests.Security;

public sealed class UserDirectoryTests
{
    private static UserDirectory Directory(params PenggunaSettings[] users) =>
        new(new PwsSettings { Akses = new AksesSettings { Pengguna = [.. users] } });

    [TestCase("PUSKESMAS", null)]
    [TestCase("PUSKESMAS", "")]
    [TestCase("KEPALA", "P3329010101")]
    public void An_incompletely_configured_user_cannot_sign_in(string peran, string? kode)
    {
        var users = Directory(new PenggunaSettings { Nama = "x", KataSandi = PasswordHash.Create("s"), Peran = peran, KodePuskesmas = kode });

        Assert.That(users.SignIn("x", "s"), Is.Null);
    }

    [Test]
    public void A_puskesmas_user_signs_in_with_their_puskesmas_and_role()
    {
        var users = Directory(new PenggunaSettings { Nama = "pkm", KataSandi = PasswordHash.Create("s"), Peran = "puskesmas", KodePuskesmas = "P1" });

        var user = users.SignIn("PKM", "s")!;

        Assert.That(user.IsInRole(PwsClaims.Puskesmas), Is.True);
        Assert.That(user.FindFirst(PwsClaims.KodePuskesmas)!.Value, Is.EqualTo("P1"));
        Assert.That(users.SignIn("pkm", "salah"), Is.Null);
    }
}
