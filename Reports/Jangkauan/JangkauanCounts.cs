namespace Pws.Reports.Jangkauan;

/// <summary>People served in an area and period, in each setting. One person served both in the building and at a
/// posyandu counts in both settings but once in <see cref="Dilayani"/> and once in <see cref="DiLuarGedung"/>.</summary>
public sealed record JangkauanCounts(long Dilayani, long DalamGedung, long LuarGedung, long Posyandu, long Pusling, long Homecare,
    long TidakDicatat, long DiLuarGedung, long TempatTercatat)
{
    public static readonly JangkauanCounts None = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>People reached at least once outside the building, among those whose visits say where: a visit without
    /// <c>tempat</c> is neither inside nor outside.</summary>
    public double? PersenLuarGedung => TempatTercatat > 0 ? DiLuarGedung * 100.0 / TempatTercatat : null;
}
