using Pws.Reports.Definitions;
using Pws.Reports.Excel;

namespace Pws.Reports.KualitasData;

/// <summary>The quarantine as it stands: every bad row or unreadable file with its reason, NIKs masked. A
/// puskesmas reader sees its own folder's entries.</summary>
public sealed class KarantinaReport(KarantinaQuery query, DataStamp stamp) : Report<IReadOnlyList<KarantinaEntry>>
{
    public override string Name => "karantina";

    public override IReadOnlyList<ReportColumn> Columns { get; } =
        [new("sumber"), new("baris", ColumnKind.Integer), new("kolom"), new("alasan", Width: 60), new("isi", Width: 60)];

    public override IReadOnlyList<KarantinaEntry> Read(ReportRequest request, AreaScope scope) =>
        query.All().Where(q => scope.Allows(q.Sumber.Split('/')[0])).ToList();

    public override bool ShowsRecords => true;

    protected override IEnumerable<IReadOnlyList<object?>> Rows(IReadOnlyList<KarantinaEntry> entries) =>
        entries.Select(e => (IReadOnlyList<object?>)[e.Sumber, e.Baris, e.Kolom, e.Alasan, e.Isi]);

    protected override void WriteWorkbook(IReadOnlyList<KarantinaEntry> entries, ReportTable table, ReportRequest request, AreaScope scope, Stream output) =>
        KarantinaWorkbook.Write(output, table, stamp.Text());
}
