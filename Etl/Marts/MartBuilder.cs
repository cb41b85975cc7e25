using System.Data.Common;
using Dapper;
using Pws.Core.Catalog;
using Pws.Core.Settings;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Wilayah;

namespace Pws.Etl.Marts;

/// <summary>Recomputes the marts of the given years inside the caller's transaction: readers keep
/// seeing the previous marts until it commits, and a failed run leaves them untouched.</summary>
public sealed class MartBuilder(Dialect dialect, IndicatorCatalog catalog, string kabupaten, double? cbrPerSeribu, ScreeningCutPoints cutPoints)
{
    private string Sql(string name) => dialect.Sql(typeof(MartBuilder).Assembly, name);

    public void Rebuild(DbConnection connection, DbTransaction transaction, IEnumerable<int> years)
    {
        SyncCatalog(connection, transaction);
        foreach (var year in years.Distinct().Order())
        {
            var parameters = new
            {
                tahun = year,
                awal = new DateTime(year, 1, 1),
                akhir = new DateTime(year, 12, 31),
                kabupaten_prefix = kabupaten + ".%",
                cbr_per_seribu = cbrPerSeribu,
            };
            connection.Execute(Sql("hapus_mart_capaian"), new { tahun = year }, transaction);
            connection.Execute(Sql("bangun_mart_capaian"), parameters, transaction);
            connection.Execute(Sql("hapus_mart_capaian_wilayah"), new { tahun = year }, transaction);
            connection.Execute(Sql("bangun_mart_capaian_wilayah"), new { tahun = year, provinsi = AreaRecord.IsProvince(kabupaten) ? 1 : 0 }, transaction);
            connection.Execute(Sql("hapus_mart_skrining"), new { tahun = year }, transaction);
            connection.Execute(Sql("bangun_mart_skrining"), new
            {
                tahun = year, awal = parameters.awal, akhir = parameters.akhir,
                sistolik = cutPoints.Sistolik, diastolik = cutPoints.Diastolik,
                gula_darah = cutPoints.GulaDarahSewaktu, kolesterol = cutPoints.KolesterolTotal,
            }, transaction);
            connection.Execute(Sql("hapus_mart_jangkauan"), new { tahun = year }, transaction);
            connection.Execute(Sql("bangun_mart_jangkauan"), new
            {
                tahun = year, awal = parameters.awal, akhir = parameters.akhir, provinsi = AreaRecord.IsProvince(kabupaten) ? 1 : 0,
            }, transaction);
            connection.Execute(Sql("hapus_mart_kaskade"), new { tahun = year }, transaction);
            connection.Execute(Sql("bangun_mart_kaskade"), new
            {
                tahun = year, awal = parameters.awal, akhir = parameters.akhir, jendela_hari = ScreeningCutPoints.JendelaTindakLanjutHari,
                sistolik = cutPoints.Sistolik, diastolik = cutPoints.Diastolik,
                gula_darah = cutPoints.GulaDarahSewaktu, kolesterol = cutPoints.KolesterolTotal,
            }, transaction);
        }
    }

    private void SyncCatalog(DbConnection connection, DbTransaction transaction)
    {
        connection.Execute(Sql("sinkron_indikator"), transaction: transaction);
        connection.Execute(Sql("tambah_indikator"),
            catalog.Indikator.Select(i => new { kode_indikator = i.Kode, jenis_sasaran = i.Sasaran, klaster = i.Klaster }), transaction);
        connection.Execute(Sql("tambah_indikator_layanan"),
            catalog.Indikator.SelectMany(i => i.Layanan.Distinct().Select(l => new { kode_indikator = i.Kode, layanan = l })),
            transaction);
    }
}
