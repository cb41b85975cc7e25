namespace Pws.Etl.Validation;

/// <summary>A visit that passed every rule, with the person already pseudonymized.</summary>
public sealed record KunjunganRow(
    string KodePuskesmas,
    string IdKunjungan,
    DateOnly Tanggal,
    string IdOrang,
    string? JenisKelamin,
    DateOnly? TanggalLahir,
    string KodeDesa,
    bool LuarWilayah,
    string Layanan,
    string? Tempat);
