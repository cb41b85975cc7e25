using Pws.Reports.Definitions;
using Pws.Reports.Excel;

namespace Pws.Reports.KualitasData;

/// <summary>The quarantine as it stands: every bad row or unreadable file with its reason, NIKs masked. A
/// puskesmas reader sees its own folder's entries.</summary>
public sealed class KarantinaReport(KarantinaQuery query, DataStamp stamp) : Report<IReadOnlyList<KarantinaEntry>, KarantinaEntry>
{
    public override string Name => "karantina";

    protected override IReadOnlyList<ReportColumn<KarantinaEntry>> RowColumns { get; } =
    [
        new("sumber", ColumnKind.Text, e => e.Sumber), new("baris", ColumnKind.Integer, e => e.Baris), new("kolom", ColumnKind.Text, e => e.Kolom),
        new("alasan", ColumnKind.Text, e => e.Alasan, Width: 60), new("isi", ColumnKind.Text, e => e.Isi, Width: 60),
    ];

    public override IReadOnlyList<KarantinaEntry> Read(ReportRequest request, AreaScope scope) =>
        query.All().Where(q => scope.Allows(q.Sumber.Split('/')[0])).ToList();

    public override bool ShowsRecords => true;

    protected override IEnumerable<KarantinaEntry> Rows(IReadOnlyList<KarantinaEntry> entries) => entries;

    protected override void WriteWorkbook(IReadOnlyList<KarantinaEntry> entries, ReportTable table, ReportRequest request, AreaScope scope, Stream output) =>
        KarantinaWorkbook.Write(output, table, stamp.Text());
}
