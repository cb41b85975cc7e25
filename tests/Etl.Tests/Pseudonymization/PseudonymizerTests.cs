using System.Security.Cryptography;
using System.Text;
using Pws.Etl.Pseudonymization;

namespace Pws.Etl.Tests.Pseudonymization;

/// <summary>A pseudonym is the keyed hash of the identifier and nothing else: the warehouse's people keep their
/// histories across versions of the product only while it stays exactly that.</summary>
public sealed class PseudonymizerTests
{
    private static readonly byte[] Key = Convert.FromHexString("0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0");

    private static string Expected(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(value)));

    [Test]
    public void A_nik_and_a_medical_record_give_the_keyed_hash_of_their_labelled_text_on_every_call()
    {
        using var pseudonymizer = new Pseudonymizer(Key);

        Assert.That(pseudonymizer.ForNik("3329010101900001"), Is.EqualTo(Expected("NIK:3329010101900001")));
        Assert.That(pseudonymizer.ForNik("3329010101900001"), Is.EqualTo(Expected("NIK:3329010101900001")));
        Assert.That(pseudonymizer.ForNik("3329010101900002"), Is.EqualTo(Expected("NIK:3329010101900002")));
        Assert.That(pseudonymizer.ForMedicalRecord("P3329010101", "RM-7"), Is.EqualTo(Expected("RM:P3329010101|RM-7")));
    }

    [Test]
    public void Rows_hashed_from_several_threads_at_once_each_get_their_own_pseudonym()
    {
        using var pseudonymizer = new Pseudonymizer(Key);
        var niks = Enumerable.Range(0, 20_000).Select(i => (3329010101000000L + i).ToString()).ToArray();

        var pseudonyms = niks.AsParallel().WithDegreeOfParallelism(4).Select(nik => (nik, pseudonym: pseudonymizer.ForNik(nik))).ToList();

        Assert.That(pseudonyms.Where(p => p.pseudonym != Expected("NIK:" + p.nik)), Is.Empty);
    }
}
