using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;

namespace Pws.Reports.Skrining;

/// <summary>People screened and flagged per area, then each flag's rate among those measured.</summary>
public static class SkriningWorkbook
{
    private static readonly ReportColumn[] RateColumns =
    [
        new("kode_wilayah"), new("nama_wilayah"), new("% tekanan darah tinggi", ColumnKind.Percent), new("% gula darah tinggi", ColumnKind.Percent),
        new("% kolesterol tinggi", ColumnKind.Percent), new("% terduga TB", ColumnKind.Percent), new("% suspek kusta", ColumnKind.Percent),
    ];

    public static void Write(Stream output, ReportTable table, IReadOnlyList<SkriningRow> rows, string description, string stamp)
    {
        using var workbook = new XLWorkbook();
        SheetTable.Write(workbook.AddWorksheet("Skrining"), "Hasil skrining kesehatan", description, stamp, table);
        SheetTable.Write(workbook.AddWorksheet("Persentase"), "Persentase temuan skrining",
            description + ". Persentase = orang dengan temuan / orang yang diperiksa untuk ukuran itu.", stamp, RateColumns, rows.Select(r =>
            {
                var c = r.Counts;
                return (IReadOnlyList<object?>)
                [
                    r.KodeWilayah, r.NamaWilayah, SkriningCounts.Rate(c.TekananDarahTinggi, c.DiukurTekananDarah),
                    SkriningCounts.Rate(c.GulaDarahTinggi, c.DiukurGulaDarah), SkriningCounts.Rate(c.KolesterolTinggi, c.DiukurKolesterol),
                    SkriningCounts.Rate(c.TerdugaTb, c.DiskriningTb), SkriningCounts.Rate(c.SuspekKusta, c.DiskriningKusta),
                ];
            }));
        WorkbookFile.Save(workbook, output);
    }
}
