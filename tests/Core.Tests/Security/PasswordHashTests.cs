using Pws.Core.Security;

namespace Pws.Core.Tests.Security;

public sealed class PasswordHashTests
{
    [Test]
    public void A_hash_verifies_its_password_only_and_never_contains_it()
    {
        var hash = PasswordHash.Create("kata-sandi-rahasia");

        Assert.That(hash, Does.Not.Contain("kata-sandi-rahasia"));
        Assert.That(PasswordHash.Verify("kata-sandi-rahasia", hash), Is.EqualTo(PasswordHash.Result.Success));
        Assert.That(PasswordHash.Verify("kata-sandi-lain", hash), Is.EqualTo(PasswordHash.Result.Failed));
        Assert.That(PasswordHash.Create("kata-sandi-rahasia"), Is.Not.EqualTo(hash), "each hash has its own salt");
    }

    [Test]
    public void A_first_release_hash_still_verifies_and_asks_to_be_rehashed()
    {
        const string firstRelease = "pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$rle0onHrcQPYGU9Wm1Fvcjp8fMdePynL9taMW9hrXJY=";

        Assert.That(PasswordHash.Verify("sandi-lama", firstRelease), Is.EqualTo(PasswordHash.Result.RehashNeeded));
        Assert.That(PasswordHash.Verify("sandi-baru", firstRelease), Is.EqualTo(PasswordHash.Result.Failed));
    }

    [Test]
    public void A_garbled_hash_fails_instead_of_throwing()
    {
        Assert.That(PasswordHash.Verify("apa saja", "bukan-hash"), Is.EqualTo(PasswordHash.Result.Failed));
    }

    [Test]
    public void Generated_passwords_are_16_unambiguous_characters_and_differ()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => PasswordHash.Generate()).ToList();

        Assert.That(passwords, Has.All.Length.EqualTo(16).And.All.Matches("^[a-km-zA-HJ-NP-Z2-9]+$"));
        Assert.That(passwords.Distinct().Count(), Is.EqualTo(50));
    }
}
