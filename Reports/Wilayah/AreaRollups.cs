using Pws.Core.Settings;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Wilayah;

/// <summary>The served area's villages and their roll-up for a year, for readers that are handed it.</summary>
public sealed class AreaRollups(Dialect dialect, PwsSettings settings)
{
    public AreaRollup For(int tahun) => AreaRollup.Load(dialect, settings.Kabupaten, tahun);
}
