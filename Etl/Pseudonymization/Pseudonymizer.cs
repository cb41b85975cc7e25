using System.Security.Cryptography;
using System.Text;

namespace Pws.Etl.Pseudonymization;

/// <summary>Turns a person's identifier into a keyed hash (HMAC-SHA256) before anything is written.
/// The same NIK gives the same pseudonym at every puskesmas; without the key it cannot be reversed.</summary>
public sealed class Pseudonymizer(byte[] key)
{
    public string ForNik(string nik) => Hash("NIK:" + nik);

    public string ForMedicalRecord(string kodePuskesmas, string noRm) => Hash($"RM:{kodePuskesmas}|{noRm}");

    /// <summary>A record id an intake profile builds from columns that include a NIK: stable for the same columns,
    /// unrelated to the person's pseudonym, and no NIK in clear.</summary>
    public string ForRecordId(string kodePuskesmas, string id) => Hash($"ID:{kodePuskesmas}|{id}")[..24];

    private string Hash(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)));
}
