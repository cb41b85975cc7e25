namespace Pws.Etl.Demo;

/// <summary>One demo puskesmas has no export of its KIA register: it sends the PWS KIA form instead, one
/// <c>agregat_*.csv</c> a month with each village's count per service (people whose first service of the year
/// fell in that month), and its other services as people. So the aggregate marks show on first start.</summary>
internal sealed class DemoAgregat(string folder)
{
    /// <summary>The services of the PWS KIA form.</summary>
    public static readonly IReadOnlySet<string> Layanan = new HashSet<string>(
        ["ANC_K1", "ANC_K4", "ANC_K6", "PERSALINAN_FASKES", "KF_LENGKAP", "KN1", "KN_LENGKAP"], StringComparer.Ordinal);

    /// <summary>The puskesmas (by its place in the area's list) that sends counts.</summary>
    public const int PuskesmasIndex = 37;

    public void Write(int tahun, IEnumerable<DemoVisit> visits)
    {
        Directory.CreateDirectory(folder);
        // The puskesmas counts as the form asks: a person once per service and year, in the month and village of the
        // first such visit.
        var counts = visits
            .GroupBy(v => (v.Layanan, Orang: v.Nik ?? v.NoRm))
            .Select(g => g.MinBy(v => v.Tanggal)!)
            .GroupBy(v => (v.Tanggal.Month, v.KodeDesa, v.Layanan))
            .Select(g => (g.Key.Month, g.Key.KodeDesa, g.Key.Layanan, Jumlah: g.Count()))
            .OrderBy(c => c.Month).ThenBy(c => c.KodeDesa, StringComparer.Ordinal).ThenBy(c => c.Layanan, StringComparer.Ordinal);
        foreach (var month in counts.GroupBy(c => c.Month))
            File.WriteAllLines(Path.Combine(folder, $"agregat_{tahun}-{month.Key:D2}.csv"),
                ["kode_desa,tahun,bulan,layanan,jumlah", .. month.Select(c => $"{c.KodeDesa},{tahun},{c.Month},{c.Layanan},{c.Jumlah}")],
                DemoFiles.Utf8);
    }
}
