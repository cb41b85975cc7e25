using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;

namespace Pws.Reports.Tests.Excel;

/// <summary>A table whose rows between the first and the last are written at saving reads, cell by cell, as the
/// same table written wholly by ClosedXML: values and their types, number formats, wrapped text, row heights, the
/// caller's bold total row.</summary>
public sealed class SheetBodiesTests
{
    private static readonly IReadOnlyList<ReportColumn> Columns =
    [
        new("kode_wilayah"), new("nama_wilayah"), new("sasaran", ColumnKind.Integer), new("terlayani", ColumnKind.Integer),
        new("capaian", ColumnKind.Percent), new("keterangan", ColumnKind.Text, 20), new("catatan"),
    ];

    private static List<IReadOnlyList<object?>> Rows() =>
    [
        .. Enumerable.Range(0, 40).Select(i => (IReadOnlyList<object?>)
        [
            $"33.29.01.{2001 + i}",
            i switch { 3 => "=HYPERLINK(\"http://contoh.invalid\";\"klik\")", 4 => " Desa berspasi ", 5 => "Desa\u0001Kontrol", 6 => "Desa 🌾", _ => $"Desa {i}" },
            i == 7 ? null : 1000 + i,
            i == 8 ? 12_345_678_901L : (long)(i * 37),
            i == 9 ? null : i * 37 * 100.0 / (1000 + i),
            i % 5 == 0 ? string.Join(' ', Enumerable.Repeat("keterangan panjang yang dibungkus", 3)) : null,
            // Empty in the first row: ClosedXML writes no cell there to copy a style from.
            i == 0 ? null : "ya",
        ]),
        ["", "Jumlah", 42_000, 29_000L, 69.047619, null, null],
    ];

    private static XLWorkbook Written(bool withBodies)
    {
        using var workbook = new XLWorkbook();
        var bodies = withBodies ? new SheetBodies() : null;
        var range = SheetTable.Write(workbook.AddWorksheet("Desa"), "Judul", "Keterangan", "Data per 7 Desember 2026", Columns, Rows(), bodies);
        range.LastRow().Style.Font.Bold = true;
        var output = new MemoryStream();
        WorkbookFile.Save(workbook, output, bodies: bodies);
        output.Position = 0;
        return new XLWorkbook(output);
    }

    [Test]
    public void Rows_written_at_saving_read_as_the_rows_ClosedXML_writes_itself()
    {
        using var whole = Written(withBodies: false);
        using var streamed = Written(withBodies: true);
        var expected = whole.Worksheet("Desa");
        var actual = streamed.Worksheet("Desa");

        Assert.That(actual.LastRowUsed()!.RowNumber(), Is.EqualTo(expected.LastRowUsed()!.RowNumber()).And.EqualTo(SheetTable.HeaderRow + 41));
        for (var r = 1; r <= expected.LastRowUsed()!.RowNumber(); r++)
        {
            Assert.That(actual.Row(r).Height, Is.EqualTo(expected.Row(r).Height), $"height of row {r}");
            for (var c = 1; c <= Columns.Count; c++)
            {
                var (want, got) = (expected.Cell(r, c), actual.Cell(r, c));
                var at = $"cell {got.Address}";
                Assert.That(got.DataType, Is.EqualTo(want.DataType), at);
                Assert.That(got.GetString(), Is.EqualTo(want.GetString()), at);
                Assert.That(got.HasFormula, Is.False, at);
                Assert.That(got.Style.NumberFormat.Format, Is.EqualTo(want.Style.NumberFormat.Format), at);
                Assert.That(got.Style.Alignment.WrapText, Is.EqualTo(want.Style.Alignment.WrapText), at);
                Assert.That(got.Style.Font.Bold, Is.EqualTo(want.Style.Font.Bold), at);
            }
        }
        Assert.That(actual.Cell(SheetTable.HeaderRow + 9, 4).GetValue<long>(), Is.EqualTo(12_345_678_901L));
        Assert.That(actual.Cell(SheetTable.HeaderRow + 7, 2).GetString(), Is.EqualTo("Desa 🌾"));
        Assert.That(actual.Cell(SheetTable.HeaderRow + 6, 2).GetString(), Is.EqualTo("Desa\u0001Kontrol"), "a character XML cannot carry is escaped, not lost");
        Assert.That(actual.Cell(SheetTable.HeaderRow + 5, 2).GetString(), Is.EqualTo(" Desa berspasi "));
        Assert.That(actual.AutoFilter.Range.RangeAddress.LastAddress.RowNumber, Is.EqualTo(SheetTable.HeaderRow + 41));
    }

    [Test]
    public void A_row_between_styled_by_the_caller_is_refused_at_saving_rather_than_written_twice()
    {
        using var workbook = new XLWorkbook();
        var bodies = new SheetBodies();
        var sheet = workbook.AddWorksheet("Desa");
        SheetTable.Write(sheet, "Judul", "Keterangan", "Data", Columns, Rows(), bodies);
        sheet.Cell(SheetTable.HeaderRow + 3, 2).Style.Fill.BackgroundColor = XLColor.Red;

        var error = Assert.Throws<InvalidOperationException>(() => WorkbookFile.Save(workbook, new MemoryStream(), bodies: bodies));
        Assert.That(error!.Message, Does.Contain("Desa"));
    }
}
