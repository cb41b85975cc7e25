namespace Pws.Reports.TindakLanjut;

/// <summary>One person to follow up, named only by what their puskesmas can look up itself: the id of its own last
/// record of them (a visit's <c>id_kunjungan</c> or a screening's <c>id_skrining</c>), its date and village, sex and age.
/// Never a NIK, never the pseudonym.</summary>
/// <param name="Usia">Completed years on the list's date; null without a birth date.</param>
/// <param name="TanggalPemicu">The first trigger (K1, delivery, birth, flagged screening) the window ran from.</param>
public sealed record TindakLanjutRow(string Jenis, string NamaJenis, string KodePuskesmas, string IdKunjungan, DateOnly Tanggal, string KodeDesa,
    string NamaDesa, string? JenisKelamin, int? Usia, DateOnly TanggalPemicu, DateOnly BatasTindakLanjut)
{
    /// <summary>After the code of a village outside the served area: a resident of elsewhere the puskesmas served.</summary>
    public const string LuarWilayah = " (luar wilayah)";

    public bool DiLuarWilayah => NamaDesa.EndsWith(LuarWilayah, StringComparison.Ordinal);
}
