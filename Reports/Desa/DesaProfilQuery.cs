using Pws.Core.Catalog;
using Pws.Core.Settings;
using Pws.Core.Time;
using Pws.Reports.Definitions;
using Pws.Reports.Marts;
using Pws.Reports.Pws;
using Pws.Reports.Skrining;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Desa;

/// <summary>The village profile for the latest month with data, within the reader's area.</summary>
[ReportService]
public sealed class DesaProfilQuery(PeriodeLayananTerakhir layananTerakhir, MartReader marts, AreaRollups rollups, IndicatorCatalog catalog,
    UhcQuery jkn, SkriningQuery skrining, PwsSettings settings, TimeProvider clock)
{
    /// <summary>Null when the village is not in the served area; refused when it is outside the reader's.</summary>
    public DesaProfil? Read(string kodeDesa, AreaScope scope)
    {
        var now = Wib.Now(clock);
        var (tahun, bulan) = layananTerakhir.Read() is { } latest ? (latest.Tahun, latest.Bulan) : (now.Year, now.Month);
        var kode = FilterParser.Desa("kode", kodeDesa);
        var desa = rollups.For(tahun).Villages.FirstOrDefault(v => v.KodeDesa == kode);
        if (desa is null) return null;
        if (!scope.Allows(desa.KodeDesa)) throw new AreaForbiddenException($"Akses ditolak: desa {desa.KodeDesa} di luar wilayah akun ini.");

        var byIndicator = marts.Village(kodeDesa, tahun).ToLookup(m => m.KodeIndikator);
        var indikator = catalog.Indikator.Select(i =>
        {
            var months = byIndicator[i.Kode].ToDictionary(m => m.Bulan);
            var cakupan = Enumerable.Range(1, bulan).Select(m => Cakupan(months.GetValueOrDefault(m))).ToList();
            var current = months.GetValueOrDefault(bulan);
            return new DesaProfil.IndikatorDesa(i, current?.Sasaran, current?.Kumulatif ?? 0, cakupan[^1], cakupan)
            {
                PorsiAgregat = Agregat.PorsiAgregat.Of(current?.KumulatifAgregat ?? 0, current?.Kumulatif ?? 0),
                Proyeksi = Pws.PwsProyeksi.Of(Enumerable.Range(1, bulan).Select(m => months.GetValueOrDefault(m)?.BulanIni ?? 0).ToList(),
                    current?.Kumulatif ?? 0, current?.Sasaran, i.Target),
            };
        }).ToList();
        var idl = indikator.FirstOrDefault(i => i.Indikator.Kode == Uci.Indikator)?.Cakupan;

        var periodeJkn = jkn.LatestPeriode();
        var jknDesa = periodeJkn is { } month ? jkn.Desa(month, desa.KodeDesa) : null;
        var counts = skrining.Desa(tahun, bulan, desa.KodeDesa);
        return new DesaProfil(desa, tahun, bulan, indikator, idl is { } c ? c >= settings.UciAmbang : null, settings.UciAmbang,
            periodeJkn, jknDesa, counts);
    }

    private static double? Cakupan(MartReader.VillageMonth? m) => m?.Sasaran is > 0 ? m.Kumulatif * 100.0 / m.Sasaran.Value : null;
}
