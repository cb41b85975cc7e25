using System.Security.Cryptography;
using System.Text;

namespace Pws.Etl.Pseudonymization;

/// <summary>Turns a person's identifier into a keyed hash (HMAC-SHA256) before anything is written.
/// The same NIK gives the same pseudonym at every puskesmas; without the key it cannot be reversed. Disposed with the
/// source it reads: the keyed hash holds a native handle and a copy of the key.</summary>
public sealed class Pseudonymizer(byte[] key) : IDisposable
{
    // One keyed hash for all of a source's rows: keyed anew for each row, setting up the key took longer than the hash
    // itself (1.6 against 0.6 µs a row).
    private readonly HMACSHA256 hmac = new(key);
    private readonly Lock hashing = new();

    public string ForNik(string nik) => Hash("NIK:" + nik);

    public string ForMedicalRecord(string kodePuskesmas, string noRm) => Hash($"RM:{kodePuskesmas}|{noRm}");

    /// <summary>A record id an intake profile builds from columns that include a NIK: stable for the same columns,
    /// unrelated to the person's pseudonym, and no NIK in clear.</summary>
    public string ForRecordId(string kodePuskesmas, string id) => Hash($"ID:{kodePuskesmas}|{id}")[..24];

    private string Hash(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        lock (hashing) hmac.TryComputeHash(bytes, hash, out _);
        return Convert.ToHexStringLower(hash);
    }

    public void Dispose() => hmac.Dispose();
}
