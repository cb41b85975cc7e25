using Pws.Reports.Definitions;
using Pws.Reports.ImportRuns;
using Pws.Reports.Kaskade;
using Pws.Reports.Pws;
using Pws.Reports.Skrining;
using Pws.Reports.Spm;

namespace Pws.Reports.Ringkasan;

/// <summary>The headline figures of the reader's area for the latest month with data.</summary>
public sealed record RingkasanModel(
    string NamaWilayah,
    EtlRun? ImporTerakhir,
    Periode? Periode,
    double? RataRataSpm,
    IReadOnlyList<SpmRow> Spm,
    double? CakupanK1,
    double? CakupanK6,
    IReadOnlyList<PwsDesa> DesaTertinggal,
    Periode? PeriodeJkn,
    int DesaUhc,
    int DesaDenganJkn,
    SkriningCounts Skrining,
    Jangkauan.JangkauanCounts Jangkauan)
{
    /// <summary>The share (0-100) of K1's and K6's people served that came from monthly counts.</summary>
    public double PorsiAgregatK1 { get; init; }

    public double PorsiAgregatK6 { get; init; }

    /// <summary>The screening-to-care cascade of the area, January to the summary's month.</summary>
    public KaskadeCounts Kaskade { get; init; } = KaskadeCounts.None;
}
