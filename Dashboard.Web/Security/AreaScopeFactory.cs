using System.Security.Claims;
using Pws.Core.Settings;
using Pws.Core.Time;
using Pws.Reports.Definitions;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Security;

/// <summary>The signed-in user's area: Dinkes the whole area, a puskesmas user its wilayah kerja, anyone else nothing.</summary>
public sealed class AreaScopeFactory(AreaRollups rollups, PwsSettings settings, TimeProvider clock)
{
    public AreaScope For(ClaimsPrincipal user)
    {
        if (user.IsInRole(PwsClaims.Dinkes)) return AreaScope.WholeOf(settings.Kabupaten);
        if (!user.IsInRole(PwsClaims.Puskesmas) || user.FindFirst(PwsClaims.KodePuskesmas)?.Value is not { Length: > 0 } kode)
            return AreaScope.None;
        var villages = rollups.For(Wib.Now(clock).Year).Areas(Tingkat.Puskesmas)
            .FirstOrDefault(a => a.Kode == kode)?.Desa ?? [];
        return AreaScope.Puskesmas(kode, villages);
    }
}
