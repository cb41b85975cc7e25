using System.Data.Common;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Import;

/// <summary>Writes the master rows of a run: each replaces the earlier row with its key (a puskesmas,
/// a puskesmas' whole wilayah kerja, one sasaran figure, one village-month of JKN).</summary>
public sealed class MasterLoader(Dialect dialect, DbConnection connection, DbTransaction transaction)
{
    private void Replace(string delete, string insert, IEnumerable<object> keys, IEnumerable<object> rows)
    {
        connection.Execute(dialect.Sql(typeof(MasterLoader).Assembly, delete), keys, transaction);
        connection.Execute(dialect.Sql(typeof(MasterLoader).Assembly, insert), rows, transaction);
    }

    /// <summary>Rows by the hundred thousand (a province's sasaran for every village, JKN for every village and month):
    /// appended in bulk to a staging table and merged in one statement, not one statement a row.</summary>
    private void ReplaceStaged(string staging, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, string merge)
    {
        using (var writer = dialect.CreateBulkWriter(connection, transaction, staging, columns))
        {
            foreach (var row in rows) writer.Add(row);
            writer.Complete();
        }
        connection.Execute(dialect.Sql(typeof(MasterLoader).Assembly, merge), transaction: transaction);
    }

    public void Apply(MasterData masters)
    {
        var puskesmas = masters.Puskesmas.Values
            .Select(p => new { kode_puskesmas = p.KodePuskesmas, nama = p.Nama, kode_kecamatan = p.KodeKecamatan }).ToList();
        Replace("hapus_puskesmas", "tambah_puskesmas", puskesmas, puskesmas);

        Replace("hapus_wilayah_kerja", "tambah_wilayah_kerja",
            masters.WilayahKerja.Keys.Select(k => new { kode_puskesmas = k }),
            masters.WilayahKerja.SelectMany(p => p.Value.Select(desa => new { kode_puskesmas = p.Key, kode_desa = desa })));

        ReplaceStaged("stg_sasaran", ["tahun", "kode_desa", "jenis_sasaran", "jumlah"],
            masters.Sasaran.Values.Select(s => new object?[] { s.Tahun, s.KodeDesa, s.JenisSasaran, s.Jumlah }), "ganti_sasaran");
        ReplaceStaged("stg_jkn", ["tahun", "bulan", "kode_desa", "penduduk", "peserta_jkn", "peserta_aktif"],
            masters.Jkn.Values.Select(j => new object?[] { j.Tahun, j.Bulan, j.KodeDesa, j.Penduduk, j.PesertaJkn, j.PesertaAktif }), "ganti_jkn");
    }
}
