namespace Pws.Reports.Skrining;

/// <summary>The screening activities a page offers and a request may name; a name outside them is a mistyped filter,
/// answered as such rather than with an empty table.</summary>
public static class SkriningKegiatan
{
    public static readonly IReadOnlyList<string> Semua = ["CEK_SERENTAK", "POSBINDU", "PUSLING", "POSYANDU", "DALAM_GEDUNG"];
}
