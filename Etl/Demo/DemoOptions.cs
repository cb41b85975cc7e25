using Pws.Core.Time;
using System.Globalization;
using Pws.Core.Settings;

namespace Pws.Etl.Demo;

/// <summary>What the demo generator writes: the year, the last service date (never in the future),
/// and a scale on the number of people served (1.0 = the volume of a real kabupaten).</summary>
public sealed record DemoOptions(int Tahun, DateOnly SampaiTanggal, double Skala, int Seed = 3329)
{
    public static DemoOptions ForToday(TimeProvider clock)
    {
        var today = Wib.Today(clock);
        return new DemoOptions(today.Year, today, 1.0);
    }

    public static DemoOptions From(CommandLine commandLine, TimeProvider clock)
    {
        var today = Wib.Today(clock);
        var tahun = commandLine.Get("tahun") is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : today.Year;
        if (tahun > today.Year) throw new ArgumentException($"Tahun demo {tahun} ada di masa depan.");
        var sampai = tahun == today.Year ? today : new DateOnly(tahun, 12, 31);
        var skala = commandLine.Get("skala") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : 1.0;
        return new DemoOptions(tahun, sampai, skala);
    }
}
