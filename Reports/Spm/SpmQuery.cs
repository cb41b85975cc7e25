using Pws.Core.Catalog;
using Pws.Reports.Marts;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.Spm;

/// <summary>The 12 SPM services per area, year to date: terlayani are people served (rule of first
/// service), capaian = terlayani / sasaran, kekurangan = people still to serve.</summary>
public sealed class SpmQuery(Dialect dialect, IndicatorCatalog catalog, AreaRollups rollups)
{
    public IReadOnlyList<SpmRow> Run(int tahun, int sampaiBulan, Tingkat tingkat)
    {
        var services = catalog.Kelompok("SPM").ToList();
        var byVillage = new MartReader(dialect).Month(tahun, sampaiBulan)
            .ToDictionary(r => (r.KodeDesa, r.KodeIndikator));
        var areas = rollups.For(tahun).Areas(tingkat);

        return areas.SelectMany(area => services.Select(service =>
        {
            var rows = area.Desa.Select(d => byVillage.GetValueOrDefault((d, service.Kode))).OfType<MartRow>().ToList();
            // An area's figures sum its villages': sasaran over the villages that have one, every person
            // served, and the people still to serve village by village (one village's surplus does not
            // serve another's residents).
            var known = rows.Where(r => r.Sasaran is not null).ToList();
            int? sasaran = known.Count > 0 ? known.Sum(r => r.Sasaran!.Value) : null;
            int? kekurangan = known.Count > 0 ? known.Sum(r => Math.Max(r.Sasaran!.Value - r.Kumulatif, 0)) : null;
            var terlayani = rows.Sum(r => r.Kumulatif);
            return new SpmRow(area.Kode, area.Nama, service.Kode, service.Nama, sasaran, terlayani,
                sasaran is > 0 ? terlayani * 100.0 / sasaran.Value : null, kekurangan);
        })).ToList();
    }
}
