using ClosedXML.Excel;
using Pws.Reports.Excel;

namespace Pws.Reports.Uhc;

/// <summary>JKN participation per village with the UHC level, and the kabupaten summary.</summary>
public static class UhcWorkbook
{
    private static readonly XlsxColumn[] Columns =
    [
        new("kode_desa"), new("nama_desa"), new("penduduk", CellKind.Integer), new("peserta_jkn", CellKind.Integer),
        new("peserta_aktif", CellKind.Integer), new("kepesertaan", CellKind.Percent), new("keaktifan", CellKind.Percent),
        new("status_uhc", Width: 16),
    ];

    public static void Write(Stream output, IReadOnlyList<UhcRow> rows, UhcRow kabupaten, string period, string stamp)
    {
        using var workbook = new XLWorkbook();
        var villages = workbook.AddWorksheet("Desa");
        var range = SheetTable.Write(villages, "Kepesertaan dan keaktifan JKN per desa", period, stamp, Columns, rows.Select(Row));
        var status = villages.Range(range.FirstRow().RowNumber(), 8, range.LastRow().RowNumber(), 8);
        status.AddConditionalFormat().WhenEquals("\"UHC_PRIORITAS\"").Fill.SetBackgroundColor(XLColor.FromHtml("#A5D6A7"));
        status.AddConditionalFormat().WhenEquals("\"UHC\"").Fill.SetBackgroundColor(XLColor.FromHtml("#E6EE9C"));
        status.AddConditionalFormat().WhenEquals("\"BELUM_UHC\"").Fill.SetBackgroundColor(XLColor.FromHtml("#EF9A9A"));

        var summary = workbook.AddWorksheet("Ringkasan");
        SheetTable.Write(summary, "Ringkasan UHC kabupaten", period, stamp, Columns, [Row(kabupaten)]);
        var counts = rows.GroupBy(r => r.StatusUhc ?? "TANPA_DATA").OrderBy(g => g.Key).ToList();
        var at = SheetTable.HeaderRow + 3;
        summary.Cell(at, 1).Value = "Jumlah desa per status";
        summary.Cell(at, 1).Style.Font.Bold = true;
        foreach (var group in counts)
        {
            at++;
            summary.Cell(at, 1).Value = group.Key;
            summary.Cell(at, 2).Value = group.Count();
        }
        WorkbookFile.Save(workbook, output);
    }

    private static IReadOnlyList<object?> Row(UhcRow r) =>
        [r.KodeDesa, r.NamaDesa, r.Penduduk, r.PesertaJkn, r.PesertaAktif, r.Kepesertaan, r.Keaktifan, r.StatusUhc];
}
