using ClosedXML.Excel;
using Pws.Reports.Excel;

namespace Pws.Reports.Skrining;

/// <summary>People screened and flagged per area, with each flag's rate among those measured.</summary>
public static class SkriningWorkbook
{
    private static readonly XlsxColumn[] Columns =
    [
        new("kode_wilayah"), new("nama_wilayah"), new("diskrining", CellKind.Integer), new("tekanan_darah_tinggi", CellKind.Integer),
        new("gula_darah_tinggi", CellKind.Integer), new("kolesterol_tinggi", CellKind.Integer), new("terduga_tb", CellKind.Integer),
        new("suspek_kusta", CellKind.Integer), new("% tekanan darah tinggi", CellKind.Percent), new("% gula darah tinggi", CellKind.Percent),
        new("% kolesterol tinggi", CellKind.Percent), new("% terduga TB", CellKind.Percent), new("% suspek kusta", CellKind.Percent),
    ];

    public static void Write(Stream output, IReadOnlyList<SkriningRow> rows, string description, string stamp)
    {
        using var workbook = new XLWorkbook();
        SheetTable.Write(workbook.AddWorksheet("Skrining"), "Hasil skrining kesehatan", description +
            ". Persentase = orang dengan temuan / orang yang diperiksa untuk ukuran itu.", stamp, Columns, rows.Select(r =>
            {
                var c = r.Counts;
                return (IReadOnlyList<object?>)
                [
                    r.KodeWilayah, r.NamaWilayah, c.Diskrining, c.TekananDarahTinggi, c.GulaDarahTinggi, c.KolesterolTinggi,
                    c.TerdugaTb, c.SuspekKusta, SkriningCounts.Rate(c.TekananDarahTinggi, c.DiukurTekananDarah),
                    SkriningCounts.Rate(c.GulaDarahTinggi, c.DiukurGulaDarah), SkriningCounts.Rate(c.KolesterolTinggi, c.DiukurKolesterol),
                    SkriningCounts.Rate(c.TerdugaTb, c.DiskriningTb), SkriningCounts.Rate(c.SuspekKusta, c.DiskriningKusta),
                ];
            }));
        WorkbookFile.Save(workbook, output);
    }
}
