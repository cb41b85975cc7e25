using Pws.Reports.Wilayah;

namespace Pws.Reports.Definitions;

/// <summary>The area a reader may see: the whole area the deployment serves (a kabupaten/kota or a province),
/// or one puskesmas and the villages of its wilayah kerja. Every report reads within it; <see cref="None"/>
/// sees nothing.</summary>
public sealed record AreaScope(bool Kabupaten, string? KodePuskesmas, IReadOnlySet<string> Villages, Tingkat TopLevel = Tingkat.Kabupaten)
{
    public static readonly AreaScope None = new(false, null, new HashSet<string>());

    /// <summary>The whole of a kabupaten deployment.</summary>
    public static readonly AreaScope Whole = new(true, null, new HashSet<string>());

    /// <summary>The whole served area: the command line and Dinkes users.</summary>
    public static AreaScope WholeOf(string servedArea) =>
        global::Pws.Warehouse.Wilayah.ServedArea.IsProvince(servedArea) ? Whole with { TopLevel = Tingkat.Provinsi } : Whole;

    public static AreaScope Puskesmas(string kodePuskesmas, IEnumerable<string> villages) =>
        new(false, kodePuskesmas, villages.ToHashSet(), Tingkat.Puskesmas);

    /// <summary>A village, or the reader's own puskesmas as an area.</summary>
    public bool Allows(string kodeWilayah) => Kabupaten || kodeWilayah == KodePuskesmas || Villages.Contains(kodeWilayah);

    /// <summary>The levels a reader can choose, top first: a province adds its kabupaten/kota; a puskesmas sees
    /// its own row and its villages, never the kecamatan or kabupaten around it.</summary>
    public IReadOnlyList<Tingkat> Levels => TopLevel switch
    {
        Tingkat.Provinsi => [Tingkat.Provinsi, Tingkat.Kabupaten, Tingkat.Kecamatan, Tingkat.Puskesmas, Tingkat.Desa],
        Tingkat.Kabupaten => [Tingkat.Kabupaten, Tingkat.Kecamatan, Tingkat.Puskesmas, Tingkat.Desa],
        _ => [Tingkat.Puskesmas, Tingkat.Desa],
    };

    /// <summary>The level a page opens at: the one below the top (kecamatan for a kabupaten, each
    /// kabupaten/kota for a province, the puskesmas itself for a puskesmas reader).</summary>
    public Tingkat DefaultLevel => Kabupaten ? Levels[1] : Tingkat.Puskesmas;

    /// <summary>The level under <paramref name="tingkat"/> that a drill-down opens, or null at the bottom.</summary>
    public Tingkat? Below(Tingkat tingkat) => Levels.ToList().IndexOf(tingkat) is var i and >= 0 && i + 1 < Levels.Count ? Levels[i + 1] : null;

    /// <summary>The level above <paramref name="tingkat"/>, or the top.</summary>
    public Tingkat Above(Tingkat tingkat) => Levels.ToList().IndexOf(tingkat) is var i and > 0 ? Levels[i - 1] : Levels[0];

    /// <summary>The request as this reader may make it: a puskesmas' PWS is always its own, and its levels
    /// stop at the puskesmas; a level the deployment does not have is refused.</summary>
    public ReportRequest Restrict(ReportRequest request)
    {
        if (Kabupaten)
            return Levels.Contains(request.Tingkat)
                ? request
                : throw new ArgumentException($"Tingkat {request.Tingkat.ToString().ToLowerInvariant()} tidak ada di penerapan ini: " +
                                              $"pilih {string.Join(", ", Levels.Select(l => l.ToString().ToLowerInvariant()))}.");
        return request with
        {
            Puskesmas = KodePuskesmas,
            KabKota = null,
            Tingkat = Levels.Contains(request.Tingkat) ? request.Tingkat : Tingkat.Puskesmas,
        };
    }
}
