namespace Pws.Reports.Wilayah;

/// <summary>The levels a figure is read at; a puskesmas level means its wilayah kerja.</summary>
public enum Tingkat { Desa, Kecamatan, Puskesmas, Kabupaten }

public static class TingkatParser
{
    public static Tingkat Parse(string text) => text.ToLowerInvariant() switch
    {
        "desa" => Tingkat.Desa,
        "kecamatan" => Tingkat.Kecamatan,
        "puskesmas" => Tingkat.Puskesmas,
        "kabupaten" => Tingkat.Kabupaten,
        _ => throw new ArgumentException($"Tingkat '{text}' tidak dikenal: gunakan desa, kecamatan, puskesmas atau kabupaten."),
    };
}
