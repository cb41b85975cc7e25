using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Formatting;

namespace Pws.Reports.Pws;

/// <summary>The PWS workbook a kepala puskesmas prints for the mini-lokakarya: a sheet per indicator with
/// the village table and the same PWS chart as the dashboard, on A4 landscape.</summary>
public static class PwsWorkbook
{
    /// <param name="reports">Each indicator's figures with its table, the one asked for first.</param>
    /// <param name="peta">The map of the indicator asked for, when village boundaries are loaded.</param>
    public static void Write(Stream output, IReadOnlyList<(PwsLaporan Laporan, ReportTable Table)> reports, string wilayah, string stamp,
        double uciAmbang, (byte[] Png, int Width, int Height)? peta = null)
    {
        using var workbook = new XLWorkbook();
        var pictures = new List<SheetPicture>();
        foreach (var (laporan, table) in reports)
        {
            var sheet = workbook.AddWorksheet(laporan.Indikator.Kode);
            var data = SheetTable.Write(sheet, $"PWS {laporan.Indikator.Kode}: {laporan.Indikator.Nama}",
                $"{wilayah}, {laporan.Periode.Nama} (kumulatif sejak Januari); target kumulatif " +
                $"{Indonesian.Percent(laporan.TargetKumulatif)} % dari target tahunan {Indonesian.Percent(laporan.Indikator.Target)} %",
                stamp, table);
            var row = data.FirstRow().RowNumber();
            foreach (var desa in laporan.Desa)
            {
                if (desa.Status is { } status)
                {
                    var cell = sheet.Cell(row, table.Columns.Count);
                    cell.Style.Fill.BackgroundColor = XLColor.FromHtml(StatusColors.Hex(status));
                    cell.Style.Font.FontColor = status == PwsStatus.KURANG ? XLColor.Black : XLColor.White;
                }
                row++;
            }
            pictures.Add(new SheetPicture(sheet.Name, PwsChart.Png(laporan), 0, row + 1, PwsChart.Width * 3 / 4, PwsChart.HeightOf(laporan) * 3 / 4));
        }
        if (reports.Select(r => r.Laporan).FirstOrDefault(r => r.Indikator.Kode == Uci.Indikator) is { } idl) UciSheet(workbook.AddWorksheet("UCI"), idl, wilayah, stamp, uciAmbang);
        if (peta is { } map)
        {
            var sheet = workbook.AddWorksheet("Peta");
            var first = reports[0].Laporan;
            sheet.Cell(1, 1).Value = $"Peta PWS {first.Indikator.Kode}: {first.Indikator.Nama}";
            sheet.Cell(1, 1).Style.Font.Bold = true;
            sheet.Cell(2, 1).Value = $"{wilayah}, {first.Periode.Nama}: cakupan kumulatif terhadap target, warna status PWS";
            sheet.Cell(3, 1).Value = stamp;
            pictures.Add(new SheetPicture(sheet.Name, map.Png, 0, 4, map.Width * 3 / 4, map.Height * 3 / 4));
        }
        WorkbookFile.Save(workbook, output, pictures);
    }

    private static void UciSheet(IXLWorksheet sheet, PwsLaporan idl, string wilayah, string stamp, double ambang)
    {
        var provisional = idl.Periode.Bulan < 12 ? $"; sementara: cakupan IDL s.d. {idl.Periode.Nama}, penetapan UCI memakai Desember" : "";
        SheetTable.Write(sheet, "Desa UCI (Universal Child Immunization)",
            $"{wilayah}, tahun {idl.Periode.Tahun}: UCI bila cakupan IDL setahun >= {Indonesian.Percent(ambang)} %{provisional}", stamp,
            ReportTable.Of<PwsDesa>(
            [
                new("kode_desa", ColumnKind.Text, d => d.KodeDesa), new("nama_desa", ColumnKind.Text, d => d.NamaDesa),
                new("sasaran_bayi", ColumnKind.Integer, d => d.Sasaran), new("idl", ColumnKind.Integer, d => d.Kumulatif),
                new("cakupan_idl", ColumnKind.Percent, d => d.CakupanKumulatif),
                new("uci", ColumnKind.Text, d => Uci.IsUci(d, ambang) switch { true => "Ya", false => "Belum", null => null }, Width: 8),
            ], idl.Desa));
    }
}
