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

    public void Apply(MasterData masters)
    {
        var puskesmas = masters.Puskesmas.Values
            .Select(p => new { kode_puskesmas = p.KodePuskesmas, nama = p.Nama, kode_kecamatan = p.KodeKecamatan }).ToList();
        Replace("hapus_puskesmas", "tambah_puskesmas", puskesmas, puskesmas);

        Replace("hapus_wilayah_kerja", "tambah_wilayah_kerja",
            masters.WilayahKerja.Keys.Select(k => new { kode_puskesmas = k }),
            masters.WilayahKerja.SelectMany(p => p.Value.Select(desa => new { kode_puskesmas = p.Key, kode_desa = desa })));

        var sasaran = masters.Sasaran.Values
            .Select(s => new { tahun = s.Tahun, kode_desa = s.KodeDesa, jenis_sasaran = s.JenisSasaran, jumlah = s.Jumlah }).ToList();
        Replace("hapus_sasaran", "tambah_sasaran", sasaran, sasaran);

        var jkn = masters.Jkn.Values.Select(j => new
        {
            tahun = j.Tahun, bulan = j.Bulan, kode_desa = j.KodeDesa, penduduk = j.Penduduk,
            peserta_jkn = j.PesertaJkn, peserta_aktif = j.PesertaAktif,
        }).ToList();
        Replace("hapus_jkn", "tambah_jkn", jkn, jkn);
    }
}
