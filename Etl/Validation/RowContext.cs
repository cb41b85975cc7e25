using Pws.Etl.Pseudonymization;

namespace Pws.Etl.Validation;

/// <summary>What row rules check against: the folder's puskesmas, the known villages, the catalog.</summary>
public sealed record RowContext(
    string KodePuskesmas,
    IReadOnlySet<string> KnownVillages,
    string Kabupaten,
    IReadOnlySet<string> Layanan,
    DateOnly Today,
    Pseudonymizer Pseudonymizer)
{
    public bool IsLuarWilayah(string kodeDesa) => !kodeDesa.StartsWith(Kabupaten + ".", StringComparison.Ordinal);
}
