namespace Pws.Reports.Peta;

/// <summary>What the map colours: a value and a colour per village, with the legend that explains the colours. Each
/// feature colours its own (PwsPeta, SpmPeta, UhcPeta); the map draws any of them.</summary>
public sealed record PetaModel(string Judul, IReadOnlyList<PetaModel.Desa> Villages, IReadOnlyList<PetaModel.Legend> Legenda)
{
    public sealed record Desa(string KodeDesa, string NamaDesa, string Nilai, string Warna);

    public sealed record Legend(string Warna, string Label);

    public const string Unknown = "#E0E0E0";
}
