using Pws.Reports.Definitions;
using Pws.Reports.Freshness;
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
/// of people reached outside the building, the screening-to-care cascade, for the whole area or a puskesmas' wilayah kerja.
/// Gathering them reads every report of the area (about 140 ms for a province), so an area's summary of a month is kept
/// until the next import changes the data; the last import's state is read fresh on each request.</summary>
[ReportService]
public sealed class RingkasanQuery(PeriodeLayananTerakhir latest, SpmReport spm, PwsReport pws, UhcReport uhc, UhcQuery jkn, SkriningReport skrining, JangkauanReport jangkauan,
    KaskadeReport kaskade, AreaQuery area, RunHistoryQuery runs, DataVersion data)
{
    public const int JumlahDesaTertinggal = 10;

    /// <summary>Keyed by what defines a reader's area (a puskesmas' villages follow from its code under one master version).</summary>
    private readonly KeptUntilNextRun<(bool Kabupaten, string? KodeKabKota, string? KodePuskesmas, Periode Periode), RingkasanModel> kept = new(data);

    public RingkasanModel Read(AreaScope scope)
    {
        var run = runs.Latest();
        if (latest.Read() is not { } periode)
            return new RingkasanModel(area.NamaUntuk(scope), run, null, null, [], null, null, [], null, 0, 0, SkriningCounts.None, JangkauanCounts.None);
        return kept.Get((scope.Kabupaten, scope.KodeKabKota, scope.KodePuskesmas, periode), _ => Gather(scope, periode)) with { ImporTerakhir = run };
    }

    private RingkasanModel Gather(AreaScope scope, Periode periode)
    {
        var nama = area.NamaUntuk(scope);
        var request = new ReportRequest("K1", periode, null, periode.Tahun, periode.Bulan, scope.PilihanTingkat[0], null);
        var spmRows = spm.Read(request, scope).Rows;
        var known = spmRows.Where(r => r.Capaian is not null).ToList();
        var k1 = pws.Read(request with { Indikator = "K1" }, scope);
        var k6 = pws.Read(request with { Indikator = "K6" }, scope);

        var periodeJkn = jkn.LatestPeriode();
        var villages = periodeJkn is { } month
            ? uhc.Read(request with { Periode = month }, scope).Rows.Where(r => r.StatusUhc is not null).ToList()
            : [];
        return new RingkasanModel(nama, null, periode,
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
