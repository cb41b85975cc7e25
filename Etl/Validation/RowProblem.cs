namespace Pws.Etl.Validation;

/// <summary>Why a row is rejected: the column at fault and a reason in Bahasa Indonesia.</summary>
public sealed record RowProblem(string? Kolom, string Alasan);
