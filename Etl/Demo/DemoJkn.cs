namespace Pws.Etl.Demo;

/// <summary>Twelve monthly JKN files ending in the demo's last month: each village starts from its own
/// participation and activity and grows a little month by month.</summary>
internal sealed class DemoJkn(Random random, BrebesArea area, IReadOnlyDictionary<string, Dictionary<string, int>> sasaran, DemoOptions options)
{
    public void Write(string masterFolder)
    {
        var villages = area.Villages.Select(v => (v.Kode, Peserta: 0.9 + random.NextDouble() * 0.095, Aktif: 0.68 + random.NextDouble() * 0.2)).ToList();
        var last = new DateOnly(options.SampaiTanggal.Year, options.SampaiTanggal.Month, 1);
        for (var m = 11; m >= 0; m--)
        {
            var month = last.AddMonths(-m);
            var growth = (11 - m) * 0.002;
            var lines = villages.Select(v =>
            {
                var penduduk = (int)Math.Round(sasaran[v.Kode]["PENDUDUK"] * (1 + growth / 4));
                var peserta = (int)Math.Round(penduduk * Math.Min(v.Peserta + growth, 0.999));
                var aktif = (int)Math.Round(penduduk * Math.Min(v.Aktif + growth, 0.95));
                return $"{month:yyyy-MM},{v.Kode},{penduduk},{peserta},{Math.Min(aktif, peserta)}";
            });
            File.WriteAllLines(Path.Combine(masterFolder, $"jkn_{month:yyyy-MM}.csv"),
                ["periode,kode_desa,penduduk,peserta_jkn,peserta_aktif", .. lines], DemoFiles.Utf8);
        }
    }
}
