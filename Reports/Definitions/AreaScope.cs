using Pws.Reports.Wilayah;

namespace Pws.Reports.Definitions;

/// <summary>The area a reader may see: the whole area the deployment serves, or one puskesmas and the
/// villages of its wilayah kerja. Every report reads within it; <see cref="None"/> sees nothing.</summary>
public sealed record AreaScope(bool Kabupaten, string? KodePuskesmas, IReadOnlySet<string> Villages)
{
    public static readonly AreaScope None = new(false, null, new HashSet<string>());

    /// <summary>The whole area: the command line and Dinkes users.</summary>
    public static readonly AreaScope Whole = new(true, null, new HashSet<string>());

    public static AreaScope Puskesmas(string kodePuskesmas, IEnumerable<string> villages) =>
        new(false, kodePuskesmas, villages.ToHashSet());

    /// <summary>A village, or the reader's own puskesmas as an area.</summary>
    public bool Allows(string kodeWilayah) => Kabupaten || kodeWilayah == KodePuskesmas || Villages.Contains(kodeWilayah);

    /// <summary>The levels a reader can choose: a puskesmas sees its own row and its villages, never the
    /// kecamatan or kabupaten around it.</summary>
    public IReadOnlyList<Tingkat> Levels => Kabupaten
        ? [Tingkat.Kabupaten, Tingkat.Kecamatan, Tingkat.Puskesmas, Tingkat.Desa]
        : [Tingkat.Puskesmas, Tingkat.Desa];

    /// <summary>The request as this reader may make it: a puskesmas' PWS is always its own, and its levels
    /// stop at the puskesmas.</summary>
    public ReportRequest Restrict(ReportRequest request) => Kabupaten
        ? request
        : request with
        {
            Puskesmas = KodePuskesmas,
            Tingkat = Levels.Contains(request.Tingkat) ? request.Tingkat : Tingkat.Puskesmas,
        };
}
