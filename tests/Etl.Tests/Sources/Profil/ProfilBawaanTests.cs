using Pws.Etl.Sources.Profil;
using Pws.Testing;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>The shipped profiles (Etl/Sources/Profil/Bawaan) are copied beside the program, in its profil-bawaan folder,
/// where a Dinkes finds them to copy into its inbox, and all of them can sit together in one inbox's profil folder.</summary>
public sealed class ProfilBawaanTests
{
    private static readonly string Source = Path.Combine(RepositoryRoot.Path, "Etl", "Sources", "Profil", "Bawaan");

    [Test]
    public void Every_shipped_profile_lies_beside_the_program_as_written_and_all_of_them_load_together()
    {
        var shipped = Directory.GetFiles(Source, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var beside = Path.Combine(AppContext.BaseDirectory, "profil-bawaan");
        var together = new ProfilSet();

        Assert.Multiple(() =>
        {
            Assert.That(shipped, Is.SupersetOf(new[] { "eppgbm.yaml", "rekap-centang.yaml", "sikda-generik.yaml", "simpus-kunjungan.yaml" }));
            Assert.That(Directory.GetFiles(beside, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(shipped));
            foreach (var file in shipped)
            {
                var text = File.ReadAllText(Path.Combine(Source, file!));
                Assert.That(File.ReadAllText(Path.Combine(beside, file!)), Is.EqualTo(text), file);
                together.Add(text, $"profil/{file}");
            }
            Assert.That(together.Errors.Select(e => e.Message), Is.Empty);
            Assert.That(together.Profiles, Has.Count.EqualTo(shipped.Count));
        });
    }
}
