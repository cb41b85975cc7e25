namespace Pws.Reports.KualitasData;

/// <summary>A bad row (or an unreadable file when Baris is null) and why; NIKs in Isi are masked.</summary>
public sealed record KarantinaEntry(string Sumber, int? Baris, string? Kolom, string Alasan, string? Isi);
