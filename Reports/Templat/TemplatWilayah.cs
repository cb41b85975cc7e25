using Pws.Reports.Definitions;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Templat;

/// <summary>The villages and puskesmas a template offers: those of the user's area (a kepala puskesmas' wilayah kerja,
/// an analyst's served area or kabupaten/kota), and the area's name.</summary>
/// <param name="KodePuskesmas">The puskesmas of a kepala puskesmas, whose folder the template names.</param>
public sealed record TemplatWilayah(string Nama, string? KodePuskesmas, IReadOnlyList<AreaRollup.Desa> Desa,
    IReadOnlyList<AreaRollup.Area> Puskesmas)
{
    public static TemplatWilayah Of(AreaScope scope, AreaRollup rollup)
    {
        var puskesmas = rollup.Areas(Tingkat.Puskesmas).Where(p => scope.Allows(p.Kode)).ToList();
        var desa = rollup.Villages.Where(v => scope.Allows(v.KodeDesa)).ToList();
        var nama = scope.KodePuskesmas is { } kode ? puskesmas.FirstOrDefault(p => p.Kode == kode)?.Nama ?? kode
            : scope.KodeKabKota is { } kabKota ? rollup.Areas(Tingkat.Kabupaten).FirstOrDefault(k => k.Kode == kabKota)?.Nama ?? kabKota
            : rollup.Areas(rollup.IsProvince ? Tingkat.Provinsi : Tingkat.Kabupaten).Single().Nama;
        return new TemplatWilayah(nama, scope.KodePuskesmas, desa, puskesmas);
    }
}
