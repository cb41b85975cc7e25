using Pws.Reports.Agregat;
using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;

namespace Pws.Reports.Skrining;

/// <summary>People screened and flagged per area, then each flag's rate among those measured.</summary>
public static class SkriningWorkbook
{
    private static readonly ReportColumn<SkriningRow>[] RateColumns =
    [
        new("kode_wilayah", ColumnKind.Text, r => r.KodeWilayah), new("nama_wilayah", ColumnKind.Text, r => r.NamaWilayah),
        new("% tekanan darah tinggi", ColumnKind.Percent, r => SkriningCounts.Rate(r.Counts.TekananDarahTinggi, r.Counts.DiukurTekananDarah)),
        new("% gula darah tinggi", ColumnKind.Percent, r => SkriningCounts.Rate(r.Counts.GulaDarahTinggi, r.Counts.DiukurGulaDarah)),
        new("% kolesterol tinggi", ColumnKind.Percent, r => SkriningCounts.Rate(r.Counts.KolesterolTinggi, r.Counts.DiukurKolesterol)),
        new("% terduga TB", ColumnKind.Percent, r => SkriningCounts.Rate(r.Counts.TerdugaTb, r.Counts.DiskriningTb)),
        new("% suspek kusta", ColumnKind.Percent, r => SkriningCounts.Rate(r.Counts.SuspekKusta, r.Counts.DiskriningKusta)),
    ];

    public static void Write(Stream output, ReportTable table, IReadOnlyList<SkriningRow> rows, string description, string stamp)
    {
        using var workbook = new XLWorkbook();
        var bodies = new SheetBodies();
        var total = rows.Aggregate(SkriningCounts.None, (sum, r) => sum + r.Counts);
        SheetTable.Write(workbook.AddWorksheet("Skrining"), "Hasil skrining kesehatan",
            description + PorsiAgregat.Catatan(total.PorsiAgregat, "orang diskrining"), stamp, table, bodies);
        SheetTable.Write(workbook.AddWorksheet("Persentase"), "Persentase temuan skrining",
            description + ". Persentase = orang dengan temuan / orang yang diperiksa untuk ukuran itu.", stamp, ReportTable.Of(RateColumns, rows), bodies);
        WorkbookFile.Save(workbook, output, bodies: bodies);
    }
}
