namespace Pws.Reports.Wilayah;

/// <summary>The levels a figure is read at; a puskesmas level means its wilayah kerja. A province deployment
/// has the province on top and each kabupaten/kota under it; a kabupaten deployment has its kabupaten on top.</summary>
public enum Tingkat { Desa, Kecamatan, Puskesmas, Kabupaten, Provinsi }
