using Pws.Core.Time;
using System.Security.Claims;
using Pws.Reports.Formatting;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;
using Pws.Core.Settings;

namespace Pws.Dashboard.Web.Security;

/// <summary>What a user may see: the whole kabupaten (Dinkes), or one puskesmas and the villages of its
/// wilayah kerja. Anyone else sees nothing.</summary>
public sealed record AreaScope(bool Kabupaten, string? KodePuskesmas, IReadOnlySet<string> Villages)
{
    public static readonly AreaScope None = new(false, null, new HashSet<string>());

    /// <summary>A village, or the user's own puskesmas as an area.</summary>
    public bool Allows(string kodeWilayah) => Kabupaten || kodeWilayah == KodePuskesmas || Villages.Contains(kodeWilayah);
}

public sealed class AreaScopeFactory(Dialect dialect, PwsSettings settings, TimeProvider clock)
{
    public AreaScope For(ClaimsPrincipal user)
    {
        if (user.IsInRole(PwsClaims.Dinkes)) return new AreaScope(true, null, new HashSet<string>());
        if (!user.IsInRole(PwsClaims.Puskesmas) || user.FindFirst(PwsClaims.KodePuskesmas)?.Value is not { Length: > 0 } kode)
            return AreaScope.None;
        var villages = AreaRollup.Load(dialect, settings.Kabupaten, Wib.Now(clock).Year).Areas(Tingkat.Puskesmas)
            .FirstOrDefault(a => a.Kode == kode)?.Desa.ToHashSet() ?? [];
        return new AreaScope(false, kode, villages);
    }
}
