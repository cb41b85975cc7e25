namespace Pws.Etl.Validation;

/// <summary>Why a row is rejected: the column at fault and a reason in Bahasa Indonesia.</summary>
public sealed record RowProblem(string? Kolom, string Alasan)
{
    /// <summary>For a row read through an intake profile, the contract field the source column was to fill.</summary>
    public string? Field { get; init; }

    /// <summary>A value that has no crosswalk entry yet: which crosswalk (desa, layanan, tempat) and the value as kept there.</summary>
    public (string Jenis, string Nilai)? Unmapped { get; init; }
}
