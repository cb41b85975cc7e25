using Pws.Reports.Agregat;
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
        Add(workbook, pictures, reports, wilayah, stamp, uciAmbang, peta);
        WorkbookFile.Save(workbook, output, pictures);
    }

    /// <summary>The PWS sheets added to a workbook other sheets share (the lokmin pack); their charts and map are added to
    /// <paramref name="pictures"/>, placed when the workbook is saved.</summary>
    public static void Add(XLWorkbook workbook, List<SheetPicture> pictures, IReadOnlyList<(PwsLaporan Laporan, ReportTable Table)> reports,
        string wilayah, string stamp, double uciAmbang, (byte[] Png, int Width, int Height)? peta = null)
    {
        if (reports.Count > 1) Ringkasan(workbook.AddWorksheet("Ringkasan"), reports.Select(r => r.Laporan).ToList(), wilayah, stamp);
        foreach (var (laporan, table) in reports)
        {
            var sheet = workbook.AddWorksheet(laporan.Indikator.Kode);
            var data = SheetTable.Write(sheet, $"PWS {laporan.Indikator.Kode}: {laporan.Indikator.Nama}",
                $"{wilayah}, {laporan.Periode.Nama} (kumulatif sejak Januari); target kumulatif " +
                $"{Indonesian.Percent(laporan.TargetKumulatif)} % dari target tahunan {Indonesian.Percent(laporan.Indikator.Target)} %" +
                PorsiAgregat.Catatan(laporan.PorsiAgregat, "kumulatif wilayah ini"),
                stamp, table);
            var row = data.FirstRow().RowNumber();
            var statusColumn = table.Columns.ToList().FindIndex(c => c.Name == "status") + 1;
            foreach (var desa in laporan.Desa)
            {
                if (desa.Status is { } status)
                {
                    var cell = sheet.Cell(row, statusColumn);
                    cell.Style.Fill.BackgroundColor = XLColor.FromHtml(StatusColors.Hex(status));
                    cell.Style.Font.FontColor = status == PwsStatus.KURANG ? XLColor.Black : XLColor.White;
                }
                row++;
            }
            var at = row + 1;
            var breaks = new List<int>();
            if (laporan != reports[0].Laporan && laporan.Batang.Count > 2 * BarsPerPrintedPage)
            {
                // Every indicator's long chart would make a village workbook of a kabupaten several megabytes and a
                // hundred pages: the indicator asked for brings its chart, the others name their own download.
                sheet.Cell(at + 1, 1).Value = $"Grafik {laporan.Batang.Count} desa untuk {laporan.Indikator.Kode}: unduh buku kerja PWS " +
                    $"dengan indikator {laporan.Indikator.Kode}.";
                sheet.Cell(at + 1, 1).Style.Font.Italic = true;
                SheetTable.PrintWithBreaks(sheet, [], 0);
                continue;
            }
            foreach (var (png, height) in PwsChart.PrintPages(laporan, BarsPerPrintedPage))
            {
                breaks.Add(at);
                pictures.Add(new SheetPicture(sheet.Name, png, 0, at, PwsChart.Width * 3 / 4, height * 3 / 4));
                at += height * 3 / 4 / SheetTable.RowPixels + 2;
            }
            SheetTable.PrintWithBreaks(sheet, breaks, PwsChart.Width * 3 / 4);
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
            SheetTable.PrintSetup(sheet, sheet.Cell(1, 1).GetString(), sheet.Cell(2, 1).GetString());
            sheet.PageSetup.FitToPages(1, 1);
        }
    }

    /// <summary>A printed chart page: its bars, title, axis and legend fit one A4 landscape page.</summary>
    private const int BarsPerPrintedPage = 28;

    /// <summary>The area's figure for every indicator on one page, before a sheet per indicator's villages: what a
    /// planner forwards first.</summary>
    private static void Ringkasan(IXLWorksheet sheet, IReadOnlyList<PwsLaporan> laporan, string wilayah, string stamp)
    {
        int Desa(PwsLaporan l, PwsStatus status) => l.Desa.Count(d => d.Status == status);
        var table = ReportTable.Of<PwsLaporan>(
        [
            new("Indikator", ColumnKind.Text, l => l.Indikator.Kode), new("Nama indikator", ColumnKind.Text, l => l.Indikator.Nama, 34),
            new("Sasaran", ColumnKind.Integer, l => l.Desa.Where(d => d.Sasaran is not null).Sum(d => d.Sasaran!.Value)),
            new("Dilayani bulan ini", ColumnKind.Integer, l => l.Desa.Sum(d => d.BulanIni)),
            new("Kumulatif sejak Januari", ColumnKind.Integer, l => l.Desa.Sum(d => d.Kumulatif)),
            new("Cakupan kumulatif (%)", ColumnKind.Percent, l => l.CakupanKumulatif),
            new("Target kumulatif (%)", ColumnKind.Percent, l => l.TargetKumulatif),
            new("Desa baik", ColumnKind.Integer, l => Desa(l, PwsStatus.BAIK)), new("Desa kurang", ColumnKind.Integer, l => Desa(l, PwsStatus.KURANG)),
            new("Desa cukup", ColumnKind.Integer, l => Desa(l, PwsStatus.CUKUP)), new("Desa jelek", ColumnKind.Integer, l => Desa(l, PwsStatus.JELEK)),
            new("Desa tanpa sasaran", ColumnKind.Integer, l => l.Desa.Count(d => d.Status is null)),
            new("Dari agregat (%)", ColumnKind.Percent, l => l.PorsiAgregat),
        ], laporan);
        SheetTable.Write(sheet, "Ringkasan PWS semua indikator", $"{wilayah}, {laporan[0].Periode.Nama} (kumulatif sejak Januari). " +
            "Rincian per desa dan grafik di lembar tiap indikator." +
            PorsiAgregat.Catatan(laporan.Max(l => l.PorsiAgregat), "kumulatif sebagian indikator"), stamp, table);
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
