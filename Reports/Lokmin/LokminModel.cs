using Pws.Reports.Definitions;
using Pws.Reports.Kaskade;
using Pws.Reports.Pws;
using Pws.Reports.Spm;
using Pws.Reports.TindakLanjut;

namespace Pws.Reports.Lokmin;

/// <summary>What a puskesmas's monthly mini-lokakarya discusses, in its order: every PWS indicator of its villages with
/// the projections, the follow-up lists, the SPM gaps of its villages and the screening cascade.</summary>
public sealed record LokminModel(Periode Periode, string KodePuskesmas, string NamaPuskesmas,
    IReadOnlyList<(PwsLaporan Laporan, ReportTable Table)> Pws, TindakLanjutModel TindakLanjut, IReadOnlyList<SpmRow> Spm,
    IReadOnlyList<KaskadeRow> Kaskade);
