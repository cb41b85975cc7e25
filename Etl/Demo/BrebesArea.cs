using Pws.Etl.Master.Wilayah;

namespace Pws.Etl.Demo;

/// <summary>Kabupaten Brebes (33.29) as the demo sees it: its real 17 kecamatan and 297 villages from
/// the shipped Kemendagri codes, and 38 puskesmas. Five carry the names found in public reports
/// (Brebes, Siwuluh, Bumiayu, Sirampog, Bojongsari); the others are named after their kecamatan.</summary>
public sealed class BrebesArea
{
    public const string Kode = "33.29";
    private const int PuskesmasCount = 38;

    /// <summary>Puskesmas named after a village rather than their kecamatan.</summary>
    private static readonly Dictionary<string, string> NamedAfterVillage = new()
    {
        ["33.29.14.2018"] = "Siwuluh",
        ["33.29.12.2003"] = "Bojongsari",
    };

    public sealed record Desa(string Kode, string Nama, string KodeKecamatan);
    public sealed record Puskesmas(string Kode, string Nama, string KodeKecamatan, IReadOnlyList<Desa> Desa);

    public IReadOnlyList<Desa> Villages { get; }
    public IReadOnlyList<Puskesmas> PuskesmasList { get; }

    /// <summary>Villages of the neighbouring kabupaten, for residents served across the border.</summary>
    public IReadOnlyList<string> NeighbourVillages { get; }

    public BrebesArea()
    {
        var folder = WilayahMaster.DataFolder;
        var kecamatan = ReadCodes(Path.Combine(folder, "districts.csv"))
            .Where(d => d.Parent == Kode).ToDictionary(d => d.Code, d => d.Name);
        var villageLines = ReadCodes(Path.Combine(folder, "villages.csv")).ToList();
        Villages = villageLines.Where(v => kecamatan.ContainsKey(v.Parent))
            .Select(v => new Desa(v.Code, v.Name, v.Parent)).OrderBy(v => v.Kode, StringComparer.Ordinal).ToList();
        NeighbourVillages = villageLines
            .Where(v => v.Code.StartsWith("33.28.", StringComparison.Ordinal) || v.Code.StartsWith("32.09.", StringComparison.Ordinal))
            .Select(v => v.Code).Take(40).ToList();
        PuskesmasList = Allocate(kecamatan);
    }

    /// <summary>Two puskesmas per kecamatan, a third for the four with the most villages.</summary>
    private List<Puskesmas> Allocate(Dictionary<string, string> kecamatan)
    {
        var byKecamatan = Villages.GroupBy(v => v.KodeKecamatan).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var extra = byKecamatan.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(PuskesmasCount - 2 * byKecamatan.Count).Select(g => g.Key).ToHashSet();
        var result = new List<Puskesmas>();
        foreach (var group in byKecamatan)
        {
            var slots = extra.Contains(group.Key) ? 3 : 2;
            var villages = group.ToList();
            var chunks = Enumerable.Range(0, slots)
                .Select(s => villages.Skip(s * villages.Count / slots).Take((s + 1) * villages.Count / slots - s * villages.Count / slots).ToList())
                .ToList();
            var kecamatanName = kecamatan[group.Key];
            var ordinal = 0;
            for (var slot = 0; slot < slots; slot++)
            {
                var named = chunks[slot].Select(v => NamedAfterVillage.GetValueOrDefault(v.Kode)).FirstOrDefault(n => n is not null);
                var name = named ?? (ordinal++ switch { 0 => kecamatanName, 1 => kecamatanName + " II", _ => kecamatanName + " III" });
                var kode = $"P{group.Key.Replace(".", "", StringComparison.Ordinal)}{slot + 1:D2}01";
                result.Add(new Puskesmas(kode, "Puskesmas " + name, group.Key, chunks[slot]));
            }
        }
        return result;
    }

    private static IEnumerable<(string Code, string Parent, string Name)> ReadCodes(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',', 3)).Select(p => (p[0], p[1], p[2]));
}
