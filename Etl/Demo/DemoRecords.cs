namespace Pws.Etl.Demo;

internal sealed record DemoVisit(string KodePuskesmas, DateOnly Tanggal, string? Nik, string? NoRm, string JenisKelamin,
    DateOnly TanggalLahir, string KodeDesa, string Layanan, string Tempat);

internal sealed record DemoScreening(string KodePuskesmas, DateOnly Tanggal, string? Nik, string JenisKelamin, DateOnly TanggalLahir,
    string KodeDesa, int? Sistolik, int? Diastolik, int? GulaDarah, int? Kolesterol, bool? Tb, bool? Kusta, string Kegiatan, bool Dirujuk);

/// <summary>A service given to a share of one sasaran group: who they are, how often they come.</summary>
internal sealed record DemoProgram(string Layanan, string JenisSasaran, double Coverage, int MinAge, int MaxAge, int VisitsPerPerson);
