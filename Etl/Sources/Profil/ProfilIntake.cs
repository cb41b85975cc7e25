using Pws.Etl.Inbox;
using Pws.Etl.Pseudonymization;

namespace Pws.Etl.Sources.Profil;

/// <summary>What reading one source through its profiles needs: the profiles, the crosswalks that apply to the source's
/// puskesmas, and the key for ids built from a NIK.</summary>
public sealed class ProfilIntake(ProfilSet profiles, Pemetaan pemetaan, Pseudonymizer pseudonymizer, string kodePuskesmas)
{
    public ProfilSet Profiles => profiles;

    public SkippedRows Skipped { get; } = new();

    /// <summary>The profile reading a file of the inbox, by its folder and name.</summary>
    public Profil? For(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        return slash < 0 ? null : profiles.For(relativePath[..slash], relativePath[(slash + 1)..]);
    }

    public TabularFile Open(Profil profil, string path, string relativePath) =>
        new ProfilReader(profil, pemetaan, pseudonymizer, kodePuskesmas).Open(path, relativePath, Skipped);

    /// <summary>A file read through a profile is read again when the profile or an applicable crosswalk entry changes; a
    /// contract or FHIR file when a village code's crosswalk entry does.</summary>
    public string RulesOf(string relativePath) => For(relativePath) is { } profil ? $"{profil.Fingerprint}:{pemetaan.Stamp}" : pemetaan.KodeStamp;
}
