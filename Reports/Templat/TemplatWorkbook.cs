using ClosedXML.Excel;
using Pws.Core.Inbox;
using Pws.Reports.Formatting;

namespace Pws.Reports.Templat;

/// <summary>Writes the empty workbook a puskesmas without an export of its own fills by hand: the first sheet, named
/// after the file kind, holds the contract's header and nothing else (the ETL reads only it); drop-downs and range
/// checks catch a wrong code or a typing error as it is typed; <c>petunjuk</c> says in Bahasa Indonesia what each
/// column means and where the file goes; the hidden sheet <c>kode</c> holds the lists, so a kabupaten's hundreds of
/// villages fit (a list typed into the validation itself stops at 255 characters). No AdjustToContents: it needs
/// libgdiplus, which servers lack; widths and heights are set from the text.</summary>
public static class TemplatWorkbook
{
    public const string SheetPetunjuk = "petunjuk";
    public const string SheetKode = "kode";

    /// <summary>The last row that carries the drop-downs and range checks: 5.000 rows to fill.</summary>
    public const int LastRow = 5001;

    private static readonly XLColor Wajib = XLColor.FromHtml("#80CBC4");
    private static readonly XLColor Boleh = XLColor.FromHtml("#E0F2F1");

    /// <summary>The guide's columns (Kolom, Wajib, Arti, Isian, Contoh) in characters; a paragraph spans them all.</summary>
    private static readonly double[] PetunjukWidths = [20, 13, 42, 57, 18];
    private const double LineHeight = 15;

    public static XLWorkbook Create(JenisTemplat jenis, TemplatWilayah wilayah, IReadOnlyList<(string Kode, string Indikator)> layanan,
        DateTime now)
    {
        var workbook = new XLWorkbook();
        var data = workbook.AddWorksheet(jenis.Nama);
        var petunjuk = workbook.AddWorksheet(SheetPetunjuk);
        var kode = workbook.AddWorksheet(SheetKode);
        var daftar = jenis.Berkas.Kolom.Select(k => PetunjukKolom.Semua[k.Nama].Daftar).OfType<DaftarKode>().Distinct()
            .Select(d => DaftarPilihan.Of(d, wilayah, layanan)).ToList();
        var pilihan = WriteLists(kode, daftar);
        WriteData(data, jenis, pilihan);
        WritePetunjuk(petunjuk, jenis, wilayah, daftar, now);
        kode.Hide();
        data.SetTabActive();
        return workbook;
    }

    /// <summary>Each list in columns of its own, a blank column between; returns where each list's codes lie.</summary>
    private static Dictionary<DaftarKode, IXLRange> WriteLists(IXLWorksheet sheet, IReadOnlyList<DaftarPilihan> daftar)
    {
        var ranges = new Dictionary<DaftarKode, IXLRange>();
        var column = 1;
        foreach (var list in daftar)
        {
            for (var c = 0; c < list.Judul.Count; c++)
            {
                sheet.Column(column + c).Style.NumberFormat.Format = "@";
                sheet.Column(column + c).Width = c == 0 ? Math.Max(list.Judul[0].Length + 2, 16) : 40;
                sheet.Cell(1, column + c).SetValue(list.Judul[c]).Style.Font.Bold = true;
            }
            for (var r = 0; r < list.Baris.Count; r++)
            for (var c = 0; c < list.Judul.Count; c++)
                Text(sheet.Cell(r + 2, column + c), list.Baris[r][c]);
            if (list.Baris.Count > 0) ranges[list.Daftar] = sheet.Range(2, column, list.Baris.Count + 1, column);
            column += list.Judul.Count + 1;
        }
        sheet.SheetView.FreezeRows(1);
        return ranges;
    }

    private static void WriteData(IXLWorksheet sheet, JenisTemplat jenis, Dictionary<DaftarKode, IXLRange> pilihan)
    {
        var kolom = jenis.Berkas.Kolom;
        for (var c = 0; c < kolom.Count; c++)
        {
            var petunjuk = PetunjukKolom.Semua[kolom[c].Nama];
            var column = sheet.Column(c + 1);
            column.Style.NumberFormat.Format = petunjuk.Format switch
            {
                FormatKolom.Teks => "@",
                FormatKolom.Tanggal => "yyyy-mm-dd",
                _ => "General",
            };
            column.Width = Math.Max(kolom[c].Nama.Length + 3, petunjuk.Format == FormatKolom.Tanggal ? 12 : 10);
            var header = sheet.Cell(1, c + 1);
            Text(header, kolom[c].Nama);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = kolom[c].Wajib ? Wajib : Boleh;
            header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            Validate(sheet.Range(2, c + 1, LastRow, c + 1), kolom[c].Nama, petunjuk, pilihan);
        }
        sheet.SheetView.FreezeRows(1);
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    /// <summary>A coded column offers its list and refuses anything else, except a village: a patient may live outside
    /// the user's area, so another code only warns. A measurement must lie in its plausible range, a count be whole.</summary>
    private static void Validate(IXLRange cells, string nama, PetunjukKolom petunjuk, Dictionary<DaftarKode, IXLRange> pilihan)
    {
        if (petunjuk.Daftar is { } daftar)
        {
            if (!pilihan.TryGetValue(daftar, out var list)) return;
            var validation = cells.SetDataValidation();
            validation.List(list, true);
            var desa = daftar == DaftarKode.Desa;
            Messages(validation, nama,
                desa ? "Pilih kode desa dari daftar; nama desa ada di lembar kode. Pasien dari luar wilayah: ketik kode desanya."
                    : "Pilih dari daftar.",
                desa ? "Kode ini tidak ada di daftar desa wilayah Anda. Lanjutkan bila pasien tinggal di luar wilayah: " +
                       "kode yang bukan kode desa Kemendagri ditolak saat impor."
                    : $"Isi {nama} dengan salah satu pilihan di daftar.");
            validation.ErrorStyle = desa ? XLErrorStyle.Warning : XLErrorStyle.Stop;
        }
        else if (RentangWajar.Skrining.FirstOrDefault(r => r.Kolom == nama) is { } rentang)
        {
            var validation = cells.SetDataValidation();
            validation.Decimal.Between(rentang.Min, rentang.Max);
            Messages(validation, nama, $"Angka {rentang.Min:0}-{rentang.Max:0}, atau kosong.",
                $"{nama} harus angka {rentang.Min:0}-{rentang.Max:0}: nilai di luar rentang wajar ditolak saat impor.");
        }
        else if (petunjuk.Format == FormatKolom.Angka)
        {
            var validation = cells.SetDataValidation();
            validation.WholeNumber.EqualOrGreaterThan(0);
            Messages(validation, nama, "Bilangan bulat, 0 atau lebih.", $"{nama} harus bilangan bulat, 0 atau lebih.");
        }
    }

    private static void Messages(IXLDataValidation validation, string nama, string input, string error)
    {
        validation.IgnoreBlanks = true;
        validation.InputTitle = nama;
        validation.InputMessage = input;
        validation.ShowInputMessage = true;
        validation.ErrorTitle = nama;
        validation.ErrorMessage = error;
        validation.ShowErrorMessage = true;
    }

    private static void WritePetunjuk(IXLWorksheet sheet, JenisTemplat jenis, TemplatWilayah wilayah, IReadOnlyList<DaftarPilihan> daftar,
        DateTime now)
    {
        for (var c = 0; c < PetunjukWidths.Length; c++)
        {
            sheet.Column(c + 1).Width = PetunjukWidths[c];
            sheet.Column(c + 1).Style.Alignment.WrapText = true;
            sheet.Column(c + 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
        sheet.Cell(1, 1).SetValue($"Petunjuk pengisian templat {jenis.Judul}");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(1, 1).Style.Alignment.WrapText = false;
        sheet.Cell(2, 1).SetValue($"Untuk {wilayah.Nama}; dibuat {Indonesian.DateTime(now)} WIB.");
        sheet.Cell(2, 1).Style.Font.Italic = true;
        sheet.Cell(2, 1).Style.Font.FontColor = XLColor.Gray;
        sheet.Cell(2, 1).Style.Alignment.WrapText = false;

        var row = 4;
        row = Heading(sheet, row, "Cara mengisi");
        foreach (var line in CaraMengisi(jenis, wilayah, daftar)) row = Paragraph(sheet, row, line);
        row = Heading(sheet, row + 1, "Menyimpan dan mengirim");
        foreach (var line in Mengirim(jenis, wilayah, now)) row = Paragraph(sheet, row, line);

        row = Heading(sheet, row + 1, "Kolom");
        string[] judul = ["Kolom", "Wajib", "Arti", "Isian", "Contoh"];
        for (var c = 0; c < judul.Length; c++) sheet.Cell(row, c + 1).SetValue(judul[c]);
        var header = sheet.Range(row, 1, row, judul.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = Boleh;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        foreach (var kolom in jenis.Berkas.Kolom)
        {
            row++;
            var petunjuk = PetunjukKolom.Semua[kolom.Nama];
            // A village or puskesmas of the user's own area makes the better example.
            var contoh = petunjuk.Daftar is DaftarKode.Desa or DaftarKode.Puskesmas
                         && daftar.FirstOrDefault(l => l.Daftar == petunjuk.Daftar) is { Baris.Count: > 0 } list
                ? list.Baris[0][0]
                : petunjuk.Contoh;
            string[] cells = [kolom.Nama, petunjuk.Syarat ?? (kolom.Wajib ? "Ya" : "Tidak"), petunjuk.Arti, petunjuk.Isian, contoh];
            for (var c = 0; c < cells.Length; c++) Text(sheet.Cell(row, c + 1), cells[c]);
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 1).Style.Fill.BackgroundColor = kolom.Wajib ? Wajib : Boleh;
            sheet.Row(row).Height = LineHeight * cells.Select((text, c) => Lines(text, PetunjukWidths[c])).Max();
            sheet.Range(row, 1, row, cells.Length).Style.Border.BottomBorder = XLBorderStyleValues.Hair;
        }

        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.Left = 0.4;
        sheet.PageSetup.Margins.Right = 0.4;
    }

    private static IEnumerable<string> CaraMengisi(JenisTemplat jenis, TemplatWilayah wilayah, IReadOnlyList<DaftarPilihan> daftar)
    {
        var kolom = jenis.Berkas.Header;
        yield return $"Isi lembar pertama, \"{jenis.Nama}\": hanya lembar itu yang dibaca. Lembar petunjuk ini dan lembar kode " +
                     "(tersembunyi) tidak ikut dibaca.";
        yield return "Baris 1 berisi judul kolom sesuai kontrak data: jangan diubah, dihapus atau dipindah. Isi data mulai baris 2, " +
                     $"satu baris untuk {jenis.Satuan}. Kolom tambahan di kanan diabaikan.";
        yield return "Judul kolom hijau tua wajib diisi; yang hijau muda boleh dikosongkan (lihat tabel Kolom di bawah).";
        if (PetunjukKolom.Semua.Any(p => p.Value.Format == FormatKolom.Tanggal && kolom.Contains(p.Key)))
            yield return "Tanggal ditulis yyyy-MM-dd, misalnya 2026-03-05 (dd/MM/yyyy juga diterima); kolom tanggal sudah berformat demikian.";
        yield return kolom.Contains("nik")
            ? "NIK ditulis 16 digit. Kolom nik, no_rm, id dan kode berformat Teks agar Excel tidak membulatkan NIK menjadi 15 digit angka. " +
              "Bila menempel dari aplikasi lain, pakai Tempel Khusus > Nilai (Paste Special > Values) agar format Teks tetap: NIK yang " +
              "tersimpan sebagai angka ditolak."
            : "Kolom kode berformat Teks agar titik dan angka nol di depan kode tetap.";
        var desa = daftar.FirstOrDefault(l => l.Daftar == DaftarKode.Desa)?.Baris.Count ?? 0;
        yield return "Kolom berdaftar pilihan menampilkan panah saat selnya diklik. Daftar lengkap beserta artinya (nama desa, nama " +
                     "puskesmas, indikator tiap layanan) ada di lembar kode: klik kanan tab lembar, pilih Tampilkan (Unhide), lalu kode. " +
                     (kolom.Contains("kode_desa") ? $"Daftar kode_desa memuat {Indonesian.Count(desa)} desa/kelurahan {wilayah.Nama}." : "");
        yield return $"Daftar pilihan dan pemeriksaan isian berlaku di baris 2 sampai {Indonesian.Count(LastRow)}; baris sesudahnya tetap " +
                     "dibaca, hanya tanpa daftar pilihan.";
    }

    private static IEnumerable<string> Mengirim(JenisTemplat jenis, TemplatWilayah wilayah, DateTime now)
    {
        var berkas = jenis.NamaBerkas(now);
        if (jenis.Master)
            yield return $"Berkas master dibaca sebagai CSV. Dengan lembar {jenis.Nama} terbuka, pilih File > Simpan Sebagai > CSV UTF-8 " +
                         $"(dipisah koma), beri nama {berkas}, lalu letakkan di folder master pada inbox PWS: <inbox>/master/{berkas}. " +
                         "Berkas master disusun Dinas Kesehatan; puskesmas mengirimkannya ke pengelola data Dinkes.";
        else
            yield return $"Simpan sebagai buku kerja Excel (.xlsx) dengan nama berawalan {jenis.Nama}_, misalnya {berkas}, lalu letakkan " +
                         $"di folder puskesmas pada inbox PWS: <inbox>/{wilayah.KodePuskesmas ?? "<kode_puskesmas>"}/{berkas}" +
                         (wilayah.KodePuskesmas is null ? ", dengan <kode_puskesmas> sama dengan isi kolom kode_puskesmas." : ".");
        yield return "Berkas dibaca pada impor malam berikutnya (atau dengan Impor sekarang di halaman Kualitas data). Baris yang tidak " +
                     "lolos pemeriksaan masuk karantina beserta alasannya, terlihat di halaman Kualitas data; baris lain tetap dimuat.";
        yield return jenis.Master
            ? "Perbaiki lalu kirim ulang: angka untuk desa dan " + (jenis == JenisTemplat.Sasaran ? "tahun serta jenis sasaran" : "periode") +
              " yang sama menggantikan angka sebelumnya."
            : $"Perbaiki lalu kirim ulang: baris dengan {jenis.Berkas.Header[0]} yang sama menggantikan baris sebelumnya, tidak menggandakan.";
    }

    private static int Heading(IXLWorksheet sheet, int row, string text)
    {
        sheet.Cell(row, 1).SetValue(text);
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 12;
        sheet.Cell(row, 1).Style.Alignment.WrapText = false;
        return row + 1;
    }

    /// <summary>A paragraph across the table's width, its row as high as its wrapped lines.</summary>
    private static int Paragraph(IXLWorksheet sheet, int row, string text)
    {
        sheet.Cell(row, 1).SetValue("• " + text);
        sheet.Range(row, 1, row, PetunjukWidths.Length).Merge();
        sheet.Row(row).Height = LineHeight * Lines(text, PetunjukWidths.Sum());
        return row + 1;
    }

    /// <summary>About how many lines a text wraps to in a column this many characters wide.</summary>
    private static int Lines(string text, double width) => Math.Max(1, (int)Math.Ceiling(text.Length / width));

    /// <summary>Stored as text whatever it looks like: ClosedXML would take a village code or 2026-03 for a number or a date.</summary>
    private static void Text(IXLCell cell, string value) => cell.SetValue(value).SetDataType(XLDataType.Text);
}
