using System.Security.Claims;
using Pws.Core.Security;
using Pws.Core.Area;
using Pws.Core.Time;
using Pws.Dashboard.Web.Accounts;
using Pws.Reports.Definitions;
using Pws.Reports.Wilayah;

namespace Pws.Dashboard.Web.Security;

/// <summary>The signed-in user's area: the whole served area for an admin, Bappeda and an unbound analyst; one
/// kabupaten/kota for a bound analyst of a province; its wilayah kerja for a kepala puskesmas; nothing otherwise.</summary>
public sealed class AreaScopeFactory(AreaRollups rollups, ServedArea servedArea, TimeProvider clock)
{
    public AreaScope For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Peran.Admin) || user.IsInRole(Peran.Bappeda)) return AreaScope.WholeOf(servedArea.Kode);
        if (user.IsInRole(Peran.AnalisDinkes))
            return user.FindFirst(AccountPrincipal.KodeKabKota)?.Value is { Length: > 0 } kabKota ? KabKota(kabKota) : AreaScope.WholeOf(servedArea.Kode);
        if (!user.IsInRole(Peran.KepalaPuskesmas) || user.FindFirst(AccountPrincipal.KodePuskesmas)?.Value is not { Length: > 0 } kode)
            return AreaScope.None;
        var villages = WilayahKerja().FirstOrDefault(a => a.Kode == kode)?.Desa ?? [];
        return AreaScope.Puskesmas(kode, villages);
    }

    /// <summary>A kabupaten deployment's own kabupaten is the whole area; any other is outside it.</summary>
    private AreaScope KabKota(string kabKota)
    {
        if (!servedArea.IsProvince) return kabKota == servedArea.Kode ? AreaScope.Whole : AreaScope.None;
        if (!kabKota.StartsWith(servedArea.Kode + ".", StringComparison.Ordinal)) return AreaScope.None;
        return AreaScope.KabKota(kabKota, WilayahKerja()
            .Where(p => p.Desa.Any(d => d.StartsWith(kabKota + ".", StringComparison.Ordinal))).Select(p => p.Kode));
    }

    /// <summary>Each puskesmas and the villages it serves this year, from the cached roll-up (no query per request).</summary>
    private IEnumerable<AreaRollup.Area> WilayahKerja() => rollups.For(Wib.Now(clock).Year).Areas(Tingkat.Puskesmas);
}
