using System.Collections.Concurrent;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Wilayah;

/// <summary>The served area's villages and how they sum up: into their kecamatan, into the wilayah kerja of
/// each puskesmas, into each kabupaten/kota, and into the whole area (the kabupaten, or the province).
/// Figures are always summed from villages, never double counted.</summary>
public sealed class AreaRollup
{
    public sealed record Desa(string KodeDesa, string NamaDesa, string KodeKecamatan, string NamaKecamatan);

    /// <summary>One area of a level and the villages it sums.</summary>
    public sealed record Area(string Kode, string Nama, IReadOnlyList<string> Desa);

    public IReadOnlyList<Desa> Villages { get; }
    private readonly IReadOnlyList<(string Kode, string Nama)> puskesmas;
    private readonly ILookup<string, string> wilayahKerja;
    private readonly string kabupaten;
    private readonly string namaKabupaten;
    private readonly IReadOnlyList<(string Kode, string Nama)> kabupatenKota;

    /// <summary>The name each village is shown under where another village of the area shares its name.</summary>
    private readonly Dictionary<string, string> namaDesa;

    private readonly ConcurrentDictionary<Tingkat, IReadOnlyList<Area>> areas = new();

    private AreaRollup(IReadOnlyList<Desa> villages, IReadOnlyList<(string, string)> puskesmas,
        ILookup<string, string> wilayahKerja, string kabupaten, string namaKabupaten, IReadOnlyList<(string, string)> kabupatenKota)
    {
        Villages = villages;
        this.puskesmas = puskesmas;
        this.wilayahKerja = wilayahKerja;
        this.kabupaten = kabupaten;
        this.namaKabupaten = namaKabupaten;
        this.kabupatenKota = kabupatenKota;
        namaDesa = villages.GroupBy(v => v.NamaDesa.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .SelectMany(g => g).ToDictionary(v => v.KodeDesa, v => $"{v.NamaDesa} ({v.NamaKecamatan})");
    }

    /// <summary>A village's name as every list, chart, map and workbook shows it: with its kecamatan when another village
    /// of the area has the same name (Brebes has two Limbangan), else as it is.</summary>
    public string NamaDesa(string kodeDesa, string nama) => namaDesa.GetValueOrDefault(kodeDesa, nama);

    /// <summary>Whether the served area is a province (its kabupaten/kota are a level of their own).</summary>
    public bool IsProvince => global::Pws.Warehouse.Wilayah.AreaRecord.IsProvince(kabupaten);

    public static AreaRollup Load(Dialect dialect, string kabupaten, int tahun)
    {
        string Sql(string name) => dialect.Sql(typeof(AreaRollup).Assembly, name);
        using var connection = dialect.Open();
        var parameters = new { kabupaten_prefix = kabupaten + ".%", awal = new DateTime(tahun, 1, 1), akhir = new DateTime(tahun, 12, 31) };
        var villages = connection.Query<Desa>(Sql("desa_kabupaten"), parameters).ToList();
        var puskesmas = connection.Query<PuskesmasInfo>(Sql("daftar_puskesmas"), parameters).Select(p => (p.Kode, p.Nama)).ToList();
        var wilayahKerja = connection.Query<(string KodePuskesmas, string KodeDesa)>(Sql("daftar_wilayah_kerja"), parameters)
            .ToLookup(w => w.KodePuskesmas, w => w.KodeDesa);
        var nama = connection.QuerySingleOrDefault<string>(Sql("nama_wilayah"), new { kode = kabupaten }) ?? kabupaten;
        var kabupatenKota = connection.Query<(string Kode, string Nama)>(Sql("kabupaten_wilayah"), parameters).ToList();
        return new AreaRollup(villages, puskesmas, wilayahKerja, kabupaten, nama, kabupatenKota);
    }

    /// <summary>The areas of a level, built once per roll-up: a province's kabupaten/kota each looked for its villages
    /// among 8,563 on every request (10 ms of a 20 ms screening answer).</summary>
    public IReadOnlyList<Area> Areas(Tingkat tingkat) => areas.GetOrAdd(tingkat, level => [.. Build(level)]);

    private IEnumerable<Area> Build(Tingkat tingkat) => tingkat switch
    {
        Tingkat.Desa => Villages.Select(v => new Area(v.KodeDesa, NamaDesa(v.KodeDesa, v.NamaDesa), [v.KodeDesa])),
        Tingkat.Kecamatan => Villages.GroupBy(v => (v.KodeKecamatan, v.NamaKecamatan))
            .Select(g => new Area(g.Key.KodeKecamatan, g.Key.NamaKecamatan, g.Select(v => v.KodeDesa).ToList())),
        Tingkat.Puskesmas => puskesmas.OrderBy(p => p.Kode, StringComparer.Ordinal)
            .Select(p => new Area(p.Kode, p.Nama, wilayahKerja[p.Kode].ToList())),
        Tingkat.Kabupaten when IsProvince => kabupatenKota
            .Select(k => new Area(k.Kode, k.Nama, Villages.Where(v => v.KodeDesa.StartsWith(k.Kode + ".", StringComparison.Ordinal)).Select(v => v.KodeDesa).ToList())),
        Tingkat.Provinsi when !IsProvince => throw new ArgumentException("Tingkat provinsi hanya ada pada penerapan provinsi; gunakan tingkat kabupaten."),
        _ => [new Area(kabupaten, namaKabupaten, Villages.Select(v => v.KodeDesa).ToList())],
    };
}
