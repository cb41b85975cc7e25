namespace Pws.Etl.Validation;

/// <summary>A screening that passed every rule, with the person already pseudonymized.</summary>
public sealed record SkriningRow(
    string KodePuskesmas,
    string IdSkrining,
    DateOnly Tanggal,
    string IdOrang,
    string? JenisKelamin,
    DateOnly TanggalLahir,
    string KodeDesa,
    bool LuarWilayah,
    double? Sistolik,
    double? Diastolik,
    double? GulaDarahSewaktu,
    double? KolesterolTotal,
    bool? SkriningTb,
    bool? SkriningKusta,
    string? Kegiatan,
    bool? Dirujuk);
