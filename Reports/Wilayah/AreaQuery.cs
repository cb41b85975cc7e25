using Pws.Core.Area;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Wilayah;

/// <summary>The deployment's area: its name and its puskesmas.</summary>
[ReportService]
public sealed class AreaQuery(Dialect dialect, ServedArea servedArea)
{
    private string Kabupaten => servedArea.Kode;

    private string Sql(string name) => dialect.Sql(typeof(AreaQuery).Assembly, name);

    public IReadOnlyList<PuskesmasInfo> Puskesmas()
    {
        using var connection = dialect.Open();
        return connection.Query<PuskesmasInfo>(Sql("daftar_puskesmas"), new { kabupaten_prefix = Kabupaten + ".%" }).ToList();
    }

    /// <summary>The served area's name: the kabupaten/kota, or the province.</summary>
    public string NamaKabupaten() => Nama(Kabupaten);

    public string Nama(string kode)
    {
        using var connection = dialect.Open();
        return connection.QuerySingleOrDefault<string>(Sql("nama_wilayah"), new { kode }) ?? kode;
    }

    /// <summary>The kabupaten/kota of the served area (one, unless it is a province).</summary>
    public IReadOnlyList<(string Kode, string Nama)> KabupatenKota()
    {
        using var connection = dialect.Open();
        return connection.Query<(string Kode, string Nama)>(Sql("kabupaten_wilayah"), new { kabupaten_prefix = Kabupaten + ".%" }).ToList();
    }
}
