using Pws.Reports.Definitions;
using Pws.Reports.ImportRuns;
using Pws.Reports.Jangkauan;
using Pws.Reports.Kaskade;
using Pws.Reports.Marts;
using Pws.Reports.Pws;
using Pws.Reports.Skrining;
using Pws.Reports.Spm;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Ringkasan;

/// <summary>The summary page's figures, each taken from its report: SPM, PWS K1 and K6, UHC, screening and the share
/// of people reached outside the building, the screening-to-care cascade, for the whole area or a puskesmas' wilayah kerja.</summary>
[ReportService]
public sealed class RingkasanQuery(PeriodeLayananTerakhir latest, SpmReport spm, PwsReport pws, UhcReport uhc, UhcQuery jkn, SkriningReport skrining, JangkauanReport jangkauan,
    KaskadeReport kaskade, AreaQuery area, RunHistoryQuery runs)
{
    public const int JumlahDesaTertinggal = 10;

    public RingkasanModel Read(AreaScope scope)
    {
        var nama = area.NamaUntuk(scope);
        var run = runs.Latest();
        if (latest.Read() is not { } periode)
            return new RingkasanModel(nama, run, null, null, [], null, null, [], null, 0, 0, SkriningCounts.None, JangkauanCounts.None);

        var request = new ReportRequest("K1", periode, null, periode.Tahun, periode.Bulan, scope.PilihanTingkat[0], null);
        var spmRows = spm.Read(request, scope).Rows;
        var known = spmRows.Where(r => r.Capaian is not null).ToList();
        var k1 = pws.Read(request with { Indikator = "K1" }, scope);
        var k6 = pws.Read(request with { Indikator = "K6" }, scope);

        var periodeJkn = jkn.LatestPeriode();
        var villages = periodeJkn is { } month
            ? uhc.Read(request with { Periode = month }, scope).Rows.Where(r => r.StatusUhc is not null).ToList()
            : [];
        return new RingkasanModel(nama, run, periode,
            known.Count > 0 ? known.Average(r => r.Capaian!.Value) : null, spmRows,
            k1.CakupanKumulatif, k6.CakupanKumulatif, k1.PalingTertinggal(JumlahDesaTertinggal),
            periodeJkn, villages.Count(r => r.StatusUhc is "UHC" or "UHC_PRIORITAS"), villages.Count,
            skrining.Read(request, scope).Total,
            jangkauan.Total(request, scope))
        {
            PorsiAgregatK1 = k1.PorsiAgregat,
            PorsiAgregatK6 = k6.PorsiAgregat,
            Kaskade = kaskade.Read(request, scope).Total,
        };
    }
}
