using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Wilayah;

/// <summary>The deployment's area: its name and its puskesmas.</summary>
public sealed class AreaQuery(Dialect dialect, string kabupaten)
{
    private string Sql(string name) => dialect.Sql(typeof(AreaQuery).Assembly, name);

    public IReadOnlyList<PuskesmasInfo> Puskesmas()
    {
        using var connection = dialect.Open();
        return connection.Query<PuskesmasInfo>(Sql("daftar_puskesmas"), new { kabupaten_prefix = kabupaten + ".%" }).ToList();
    }

    public string NamaKabupaten()
    {
        using var connection = dialect.Open();
        return connection.QuerySingleOrDefault<string>(Sql("nama_wilayah"), new { kode = kabupaten }) ?? kabupaten;
    }
}
