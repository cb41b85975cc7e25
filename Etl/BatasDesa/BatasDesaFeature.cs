namespace Pws.Etl.BatasDesa;

/// <param name="Nomor">The feature's position in the file, from 1.</param>
/// <param name="Kode">The village code as the file writes it, or null when the feature has none.</param>
/// <param name="Geometri">The feature's geometry as GeoJSON text.</param>
public sealed record BatasDesaFeature(int Nomor, string? Kode, string Geometri);
