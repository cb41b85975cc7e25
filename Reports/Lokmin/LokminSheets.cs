using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;
using Pws.Reports.Kaskade;
using Pws.Reports.Spm;
using Pws.Reports.TindakLanjut;

namespace Pws.Reports.Lokmin;

/// <summary>The lokmin pack's own sheets: its cover, and the follow-up, SPM and cascade of the puskesmas's villages.</summary>
public static class LokminSheets
{
    /// <summary>What the pack holds, in the order of the meeting, on the first page.</summary>
    public static void Cover(IXLWorksheet sheet, LokminModel model, IReadOnlyList<string> sheets, string stamp)
    {
        sheet.Cell(1, 1).Value = "Bahan mini-lokakarya";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 18;
        sheet.Cell(2, 1).Value = $"{model.NamaPuskesmas} ({model.KodePuskesmas}), {model.Periode.Nama}";
        sheet.Cell(2, 1).Style.Font.FontSize = 14;
        sheet.Cell(3, 1).Value = stamp;
        sheet.Cell(3, 1).Style.Font.Italic = true;
        sheet.Cell(5, 1).Value = "Urutan pembahasan";
        sheet.Cell(5, 1).Style.Font.Bold = true;
        var row = 6;
        foreach (var name in sheets)
        {
            sheet.Cell(row, 1).Value = $"{row - 5}. {name}";
            sheet.Cell(row, 2).Value = Meaning(name);
            row++;
        }
        sheet.Column(1).Width = 22;
        sheet.Column(2).Width = 100;
        SheetTable.PrintSetup(sheet, "Bahan mini-lokakarya", sheet.Cell(2, 1).GetString());
    }

    private static string Meaning(string sheet) => sheet switch
    {
        "Ringkasan" => "Cakupan kumulatif tiap indikator PWS terhadap target, dan jumlah desa per status",
        "UCI" => "Desa UCI: cakupan imunisasi dasar lengkap",
        "Tindak lanjut" => "Jumlah orang per desa yang belum melanjutkan layanan (daftar namanya: /tindak-lanjut)",
        "SPM" => "Capaian dan kekurangan 12 pelayanan dasar SPM per desa",
        "Kaskade" => "Skrining ke pelayanan: temuan, ditindaklanjuti, terkendali",
        _ => $"PWS {sheet}: tabel desa dengan proyeksi Desember dan kebutuhan per bulan, dan grafik PWS",
    };

    public static void TindakLanjut(IXLWorksheet sheet, TindakLanjutModel model, string judul, string stamp) =>
        SheetTable.Write(sheet, "Tindak lanjut per desa",
            $"{judul}: orang yang belum melanjutkan layanan dalam batas waktu, pada daftar puskesmas ini", stamp, TindakLanjutWorkbook.PerDesa(model));

    public static void Spm(IXLWorksheet sheet, IReadOnlyList<SpmRow> rows, string judul, string stamp) =>
        SheetTable.Write(sheet, "Kekurangan SPM per desa", $"{judul}: capaian tahun berjalan dan orang yang masih harus dilayani", stamp,
            ReportTable.Of<SpmRow>(
            [
                new("kode_wilayah", ColumnKind.Text, r => r.KodeWilayah), new("nama_wilayah", ColumnKind.Text, r => r.NamaWilayah),
                new("kode_spm", ColumnKind.Text, r => r.KodeSpm), new("Pelayanan", ColumnKind.Text, r => r.NamaSpm, 40),
                new("sasaran", ColumnKind.Integer, r => r.Sasaran), new("terlayani", ColumnKind.Integer, r => r.Terlayani),
                new("capaian", ColumnKind.Percent, r => r.Capaian), new("kekurangan", ColumnKind.Integer, r => r.Kekurangan),
            ], rows));

    public static void Kaskade(IXLWorksheet sheet, IReadOnlyList<KaskadeRow> rows, string judul, string stamp) =>
        SheetTable.Write(sheet, "Kaskade skrining ke pelayanan", $"{judul}: orang dengan temuan, ditindaklanjuti dalam 30 hari, terkendali", stamp,
            ReportTable.Of<KaskadeRow>(
            [
                new("kode_wilayah", ColumnKind.Text, r => r.KodeWilayah), new("nama_wilayah", ColumnKind.Text, r => r.NamaWilayah),
                new("diskrining", ColumnKind.Integer, r => r.Counts.Diskrining), new("tensi_tinggi", ColumnKind.Integer, r => r.Counts.TensiTinggi),
                new("tensi_ditindaklanjuti", ColumnKind.Integer, r => r.Counts.TensiDitindaklanjuti),
                new("tensi_terkendali", ColumnKind.Integer, r => r.Counts.TensiTerkendali), new("gula_tinggi", ColumnKind.Integer, r => r.Counts.GulaTinggi),
                new("gula_ditindaklanjuti", ColumnKind.Integer, r => r.Counts.GulaDitindaklanjuti),
                new("gula_terkendali", ColumnKind.Integer, r => r.Counts.GulaTerkendali),
            ], rows));
}
