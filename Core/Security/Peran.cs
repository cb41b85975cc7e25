namespace Pws.Core.Security;

/// <summary>The roles of a deployment. A kepala puskesmas is bound to one puskesmas; an analyst of a province
/// deployment may be bound to one kabupaten/kota.</summary>
public static class Peran
{
    /// <summary>Manages users and sources, sees everything, opens the job dashboard.</summary>
    public const string Admin = "ADMIN";

    /// <summary>Every page and export of the area served (or of the kabupaten/kota bound to).</summary>
    public const string AnalisDinkes = "ANALIS_DINKES";

    /// <summary>Aggregates and their exports; no quarantined rows, no import controls, no job dashboard.</summary>
    public const string Bappeda = "BAPPEDA";

    /// <summary>The villages of one puskesmas' wilayah kerja, and nothing else.</summary>
    public const string KepalaPuskesmas = "KEPALA_PUSKESMAS";

    public static readonly IReadOnlyList<string> Semua = [Admin, AnalisDinkes, Bappeda, KepalaPuskesmas];

    /// <summary>The role a configured user means, accepting the first release's DINKES and PUSKESMAS; null if unknown.</summary>
    public static string? Normalize(string peran) => peran.Trim().ToUpperInvariant() switch
    {
        "DINKES" => AnalisDinkes,
        "PUSKESMAS" => KepalaPuskesmas,
        var p when Semua.Contains(p) => p,
        _ => null,
    };

    public static string Label(string peran) => peran switch
    {
        Admin => "Admin",
        AnalisDinkes => "Analis Dinkes",
        Bappeda => "Bappeda",
        KepalaPuskesmas => "Kepala puskesmas",
        _ => peran,
    };
}
