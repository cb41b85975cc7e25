using ClosedXML.Excel;
using Pws.Reports.Definitions;
using Pws.Reports.Excel;

namespace Pws.Reports.TindakLanjut;

/// <summary>The lists as a workbook for the mini-lokakarya: every person to follow up, then the count per village and
/// list, then what each list means.</summary>
public static class TindakLanjutWorkbook
{
    public static void Write(Stream output, TindakLanjutModel model, ReportTable table, string stamp)
    {
        using var workbook = new XLWorkbook();
        var bodies = new SheetBodies();
        var wilayah = model.KodePuskesmas is { } kode ? $"puskesmas {kode}" : "semua puskesmas";
        var description = $"{wilayah}, per {Formatting.Indonesian.Date(model.Tanggal.ToDateTime(TimeOnly.MinValue))}: orang yang memulai layanan " +
                          "dan belum melanjutkannya dalam batas waktu, dengan nomor kunjungan/skrining terakhir di puskesmas itu (bukan NIK).";
        var nama = model.Jenis.ToDictionary(j => j.Kode, j => j.Nama);
        var forPeople = table
            .Map("jenis", v => v is string kode ? nama.GetValueOrDefault(kode, kode) : v)
            .Map("jenis_kelamin", v => v switch { "L" => "Laki-laki", "P" => "Perempuan", _ => v });
        SheetTable.Write(workbook.AddWorksheet("Daftar"), "Daftar tindak lanjut", description, stamp, forPeople, bodies);

        SheetTable.Write(workbook.AddWorksheet("Per desa"), "Jumlah per desa", description, stamp, PerDesa(model), bodies);

        var definitions = ReportTable.Of<Core.Catalog.TindakLanjutJenis>(
        [
            new("Jenis", ColumnKind.Text, j => j.Kode, 24), new("Daftar", ColumnKind.Text, j => j.Nama, 44),
            new("Batas waktu", ColumnKind.Text, j => j.Jendela), new("Dianggap lanjut bila ada", ColumnKind.Text, j => string.Join(", ", j.Lanjutan), 36),
        ], model.Jenis);
        SheetTable.Write(workbook.AddWorksheet("Keterangan"), "Arti tiap daftar",
            "Batas waktu dihitung dari pemicu pertama (K1, persalinan, KN1, lahir, skrining dengan temuan); layanan lanjutan dihitung di puskesmas mana pun.",
            stamp, definitions);
        WorkbookFile.Save(workbook, output, bodies: bodies);
    }

    /// <summary>People per village and list, with their total: this workbook's second sheet and the lokmin pack's.</summary>
    public static ReportTable PerDesa(TindakLanjutModel model)
    {
        var columns = new List<ReportColumn<(string KodeDesa, string NamaDesa, IReadOnlyDictionary<string, int> PerJenis, int Jumlah)>>
        {
            new("kode_desa", ColumnKind.Text, d => d.KodeDesa), new("nama_desa", ColumnKind.Text, d => d.NamaDesa),
        };
        columns.AddRange(model.Jenis.Select(j => new ReportColumn<(string, string, IReadOnlyDictionary<string, int> PerJenis, int)>(
            j.Nama, ColumnKind.Integer, d => d.PerJenis.GetValueOrDefault(j.Kode), Width: 16)));
        columns.Add(new("Jumlah", ColumnKind.Integer, d => d.Jumlah));
        return ReportTable.Of(columns, model.PerDesa);
    }
}
