using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Pws.Core.Security;

/// <summary>Passwords hashed by ASP.NET Core Identity's password hasher (PBKDF2 with its own format and
/// iteration count, upgraded by Identity over time); neither the warehouse nor configuration holds a password.</summary>
public static class PasswordHash
{
    public enum Result { Failed, Success, RehashNeeded }

    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object User = new();

    public static string Create(string password) => Hasher.HashPassword(User, password);

    /// <summary>Also accepts the <c>pbkdf2-sha256$iterations$salt$hash</c> form of the first release's
    /// <c>kata-sandi</c> command, so configured users keep working; such a hash asks to be rehashed.</summary>
    public static Result Verify(string password, string stored)
    {
        if (stored.StartsWith("pbkdf2-sha256$", StringComparison.Ordinal))
            return VerifyFirstRelease(password, stored) ? Result.RehashNeeded : Result.Failed;
        try
        {
            return Hasher.VerifyHashedPassword(User, stored, password) switch
            {
                PasswordVerificationResult.Success => Result.Success,
                PasswordVerificationResult.SuccessRehashNeeded => Result.RehashNeeded,
                _ => Result.Failed,
            };
        }
        catch (FormatException)
        {
            return Result.Failed;
        }
    }

    private static bool VerifyFirstRelease(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts is not [_, var iterations, var salt, var hash] || !int.TryParse(iterations, out var n)) return false;
        var expected = Convert.FromBase64String(hash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(salt), n, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>A password for a new account or a reset, shown once: 16 letters and digits without look-alikes.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(16, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }
}
