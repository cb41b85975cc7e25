namespace Pws.Etl.Import;

/// <summary>One source of one run: the master files, one puskesmas folder of the inbox, or one puskesmas
/// FHIR server. Each is imported in its own transaction and recorded on its own, so one failing
/// puskesmas does not stop the others.</summary>
public sealed record ImportSource(string Jenis, string? KodePuskesmas, string Inbox, Uri? FhirServer = null)
{
    public const string Master = "MASTER";
    public const string Folder = "FOLDER";
    public const string Fhir = "FHIR";

    public string Label => Jenis switch
    {
        Master => "master",
        Folder => $"folder {KodePuskesmas}",
        _ => $"FHIR {KodePuskesmas} {FhirServer}",
    };

    /// <summary>The inbox's sources: its master folder first, then each puskesmas folder in ordinal order (the intake
    /// profiles' folder is none).</summary>
    public static IEnumerable<ImportSource> FromInbox(string inbox)
    {
        if (Directory.Exists(Path.Combine(inbox, InboxReader.MasterFolder))) yield return new(Master, null, inbox);
        foreach (var folder in Directory.GetDirectories(inbox).Order(StringComparer.Ordinal))
        {
            var kode = Path.GetFileName(folder);
            if (kode is not (InboxReader.MasterFolder or Sources.Profil.ProfilSet.Folder)) yield return new(Folder, kode, inbox);
        }
    }
}
