namespace Pws.Reports.Wilayah;

/// <summary>The levels a figure is read at; a puskesmas level means its wilayah kerja. A province deployment
/// has the province on top and each kabupaten/kota under it; a kabupaten deployment has its kabupaten on top.</summary>
public enum Tingkat { Desa, Kecamatan, Puskesmas, Kabupaten, Provinsi }

/// <summary>How a level is named on pages, sheets and charts.</summary>
public static class TingkatLabel
{
    public static string Label(this Tingkat tingkat) => tingkat switch
    {
        Tingkat.Desa => "Desa",
        Tingkat.Kecamatan => "Kecamatan",
        Tingkat.Puskesmas => "Puskesmas",
        Tingkat.Provinsi => "Provinsi",
        _ => "Kabupaten",
    };
}
