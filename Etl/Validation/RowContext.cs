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
    private IReadOnlySet<string>? knownKabupaten;

    /// <summary>Codes in the Kemendagri shape that the current register does not hold (codes from before a pemekaran,
    /// such as Papua's 92.01 now 96.01; BPS-style codes) and the current code the Dinkes mapped each to on /pemetaan.</summary>
    public IReadOnlyDictionary<string, string> KodeDesaPengganti { get; init; } = new Dictionary<string, string>();

    public bool IsLuarWilayah(string kodeDesa) => !kodeDesa.StartsWith(Kabupaten + ".", StringComparison.Ordinal);

    /// <summary>A well-formed village code as the warehouse keeps it: a current code as it is, a replaced one through the
    /// crosswalk; null when neither.</summary>
    public string? KodeDesaBerlaku(string kode) => KnownVillages.Contains(kode) ? kode : KodeDesaPengganti.GetValueOrDefault(kode);

    /// <summary>Why a well-formed code is not known, in words that send the analyst to the mapping page, where the code
    /// waits with its count until it is mapped once.</summary>
    public RowProblem KodeDesaTidakDikenal(string kolom, string written, string kode)
    {
        knownKabupaten ??= KnownVillages.Select(v => v[..5]).ToHashSet(StringComparer.Ordinal);
        var hint = knownKabupaten.Contains(kode[..5])
            ? "bila ini kode lama atau kode lain, petakan ke kode sekarang di halaman Pemetaan"
            : $"kabupaten/kota {kode[..5]} tidak ada lagi (kode sebelum pemekaran?): petakan ke kode sekarang di halaman Pemetaan";
        return new RowProblem(kolom, $"{kolom} '{written}' tidak terdaftar di kode wilayah Kemendagri; {hint}") { Unmapped = ("desa", kode) };
    }
}
