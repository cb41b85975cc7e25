using Pws.Reports.Wilayah;

namespace Pws.Reports.Definitions;

/// <summary>The area a reader may see: the whole area the deployment serves (a kabupaten/kota or a province), one
/// kabupaten/kota of a province, or one puskesmas and the villages of its wilayah kerja. Every report reads within
/// it; <see cref="None"/> sees nothing.</summary>
public sealed record AreaScope(bool Kabupaten, string? KodePuskesmas, IReadOnlySet<string> Villages, Tingkat TingkatTeratas = Tingkat.Kabupaten)
{
    public static readonly AreaScope None = new(false, null, new HashSet<string>());

    /// <summary>The whole of a kabupaten deployment.</summary>
    public static readonly AreaScope Whole = new(true, null, new HashSet<string>());

    /// <summary>In a province deployment, the one kabupaten/kota an analyst is bound to.</summary>
    public string? KodeKabKota { get; init; }

    /// <summary>The puskesmas inside <see cref="KodeKabKota"/>: their codes say nothing of where they are.</summary>
    private IReadOnlySet<string> PuskesmasKabKota { get; init; } = new HashSet<string>();

    /// <summary>The whole served area: the command line and Dinkes users.</summary>
    public static AreaScope WholeOf(string servedArea) =>
        global::Pws.Warehouse.Wilayah.AreaRecord.IsProvince(servedArea) ? Whole with { TingkatTeratas = Tingkat.Provinsi } : Whole;

    public static AreaScope KabKota(string kodeKabKota, IEnumerable<string> puskesmas) =>
        Whole with { KodeKabKota = kodeKabKota, PuskesmasKabKota = puskesmas.ToHashSet() };

    public static AreaScope Puskesmas(string kodePuskesmas, IEnumerable<string> villages) =>
        new(false, kodePuskesmas, villages.ToHashSet(), Tingkat.Puskesmas);

    /// <summary>An area (a village, kecamatan, kabupaten/kota or puskesmas) inside the reader's.</summary>
    public bool Allows(string kodeWilayah) => KodeKabKota is { } kabKota
        ? kodeWilayah == kabKota || kodeWilayah.StartsWith(kabKota + ".", StringComparison.Ordinal) || PuskesmasKabKota.Contains(kodeWilayah)
        : Kabupaten || kodeWilayah == KodePuskesmas || Villages.Contains(kodeWilayah);

    /// <summary>The levels a reader can choose, top first: a province adds its kabupaten/kota; a puskesmas sees
    /// its own row and its villages, never the kecamatan or kabupaten around it.</summary>
    public IReadOnlyList<Tingkat> PilihanTingkat => TingkatTeratas switch
    {
        Tingkat.Provinsi => [Tingkat.Provinsi, Tingkat.Kabupaten, Tingkat.Kecamatan, Tingkat.Puskesmas, Tingkat.Desa],
        Tingkat.Kabupaten => [Tingkat.Kabupaten, Tingkat.Kecamatan, Tingkat.Puskesmas, Tingkat.Desa],
        _ => [Tingkat.Puskesmas, Tingkat.Desa],
    };

    /// <summary>The level a page opens at: the one below the top (kecamatan for a kabupaten, each
    /// kabupaten/kota for a province, the puskesmas itself for a puskesmas reader).</summary>
    public Tingkat TingkatAwal => Kabupaten ? PilihanTingkat[1] : Tingkat.Puskesmas;

    /// <summary>The level under <paramref name="tingkat"/> that a drill-down opens, or null at the bottom.</summary>
    public Tingkat? Below(Tingkat tingkat) => PilihanTingkat.ToList().IndexOf(tingkat) is var i and >= 0 && i + 1 < PilihanTingkat.Count ? PilihanTingkat[i + 1] : null;

    /// <summary>The level above <paramref name="tingkat"/>, or the top.</summary>
    public Tingkat Above(Tingkat tingkat) => PilihanTingkat.ToList().IndexOf(tingkat) is var i and > 0 ? PilihanTingkat[i - 1] : PilihanTingkat[0];

    /// <summary>The request as this reader makes it: a puskesmas reader's PWS is its own puskesmas', a bound
    /// analyst's its kabupaten/kota's. A level the deployment does not have is a bad request; an area outside
    /// the reader's is refused (<see cref="AreaForbiddenException"/>).</summary>
    public ReportRequest Restrict(ReportRequest request)
    {
        if (this == None) throw new AreaForbiddenException("Akun ini tidak terikat pada wilayah mana pun.");
        if (Kabupaten && KodeKabKota is null)
            return PilihanTingkat.Contains(request.Tingkat)
                ? request
                : throw new ArgumentException($"Tingkat {request.Tingkat.ToString().ToLowerInvariant()} tidak ada di penerapan ini: " +
                                              $"pilih {string.Join(", ", PilihanTingkat.Select(l => l.ToString().ToLowerInvariant()))}.");

        var own = KodeKabKota ?? KodePuskesmas!;
        if (!PilihanTingkat.Contains(request.Tingkat))
            throw Outside($"tingkat {request.Tingkat.ToString().ToLowerInvariant()}", own);
        if (request.Puskesmas is { } puskesmas && !Allows(puskesmas)) throw Outside($"puskesmas {puskesmas}", own);
        if (request.Induk is { } induk && !Allows(induk)) throw Outside(induk, own);
        if (KodeKabKota is { } kabKota)
            return request.KabKota is { } asked && asked != kabKota ? throw Outside($"kabupaten/kota {asked}", own) : request with { KabKota = kabKota };
        return request.KabKota is { } other
            ? throw Outside($"kabupaten/kota {other}", own)
            : request with { Puskesmas = KodePuskesmas };
    }

    private static AreaForbiddenException Outside(string asked, string own) =>
        new($"Akses ditolak: {asked} di luar wilayah akun ini ({own}).");
}
