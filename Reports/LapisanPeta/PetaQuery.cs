using Pws.Core.Catalog;
using Pws.Reports.Definitions;
using Pws.Reports.Peta;
using Pws.Reports.Pws;
using Pws.Reports.Spm;
using Pws.Reports.Uhc;
using Pws.Reports.Wilayah;

namespace Pws.Reports.LapisanPeta;

/// <summary>The map's layers, each read from its report within the reader's area for the request's month: a PWS indicator
/// (<c>pws:K1</c>) that month, an SPM service (<c>spm:SPM01</c>) January to that month, or the UHC status (<c>uhc</c>) of
/// that month, or of the latest JKN month before it.</summary>
[ReportService]
public sealed class PetaQuery(PwsReport pws, SpmReport spm, UhcReport uhc, IndicatorCatalog catalog, BatasDesaQuery batasDesa)
{
    public const string LapisanUhc = "uhc";

    public IReadOnlyList<(string Kode, string Label)> Layers() =>
    [
        .. catalog.Kelompok("PWS").Select(i => ($"pws:{i.Kode}", $"PWS {i.Kode}: {i.Nama}")),
        .. catalog.Kelompok("SPM").Select(i => ($"spm:{i.Kode}", $"{i.Kode}: {i.Nama}")),
        (LapisanUhc, "Status UHC (JKN)"),
    ];

    public BatasDesaQuery.BatasDesa BatasDesa() => batasDesa.Read();

    public PetaModel Read(string layer, ReportRequest request, AreaScope scope)
    {
        var villages = request with
        {
            Tingkat = Tingkat.Desa, Induk = null, Per = null, KabKota = null, Tahun = request.Periode.Tahun, SampaiBulan = request.Periode.Bulan,
        };
        switch (layer.Split(':'))
        {
            case ["pws", var kode] when catalog.Kelompok("PWS").Any(i => i.Kode == kode):
                return PwsPeta.Model(pws.Read(villages with { Indikator = kode }, scope));
            case ["spm", var kode] when catalog.Kelompok("SPM").FirstOrDefault(i => i.Kode == kode) is { } service:
                var model = spm.Read(villages, scope);
                return SpmPeta.Model($"Capaian {service.Kode}: {service.Nama}, tahun {model.Tahun} s.d. {Formatting.Indonesian.MonthName(model.SampaiBulan)}",
                    model.Rows.Where(r => r.KodeSpm == kode));
            case [LapisanUhc]:
                var periode = uhc.LatestPeriode() is { } latest && latest.Awal < request.Periode.Awal ? latest : request.Periode;
                return UhcPeta.Model($"Status UHC, {periode.Nama}", uhc.Read(villages with { Periode = periode }, scope).Rows);
            default:
                throw new ArgumentException($"Lapisan peta '{layer}' tidak dikenal: pilih pws:KODE, spm:KODE atau uhc.");
        }
    }
}
