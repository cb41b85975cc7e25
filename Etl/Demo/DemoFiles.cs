using System.Text;

namespace Pws.Etl.Demo;

/// <summary>Writes one puskesmas' monthly files in its export style: most send ',' with ISO dates; some
/// export from Excel in the Indonesian locale (';', BOM, upper-case headers, dd/MM/yyyy, undotted codes,
/// an extra column the contract does not know); some send the workbook itself (XLSX, date cells).</summary>
internal sealed class DemoFiles(string folder, DemoFiles.Style style)
{
    public enum Style { Comma, Semicolon, Xlsx }

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    public static Style StyleFor(int puskesmasIndex) =>
        puskesmasIndex % 5 == 0 ? Style.Semicolon : puskesmasIndex % 7 == 3 ? Style.Xlsx : Style.Comma;

    private const string VisitColumns = "id_kunjungan,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,layanan,tempat";
    private const string ScreeningColumns = "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk";

    /// <summary>Visits in file order; ids count within their month.</summary>
    public static IEnumerable<(string Id, DemoVisit Visit)> Numbered(string kodePuskesmas, int tahun, IEnumerable<DemoVisit> visits) =>
        visits.OrderBy(v => v.Tanggal).GroupBy(v => v.Tanggal.Month)
            .SelectMany(month => month.Select((v, i) => ($"{kodePuskesmas}-{tahun}{month.Key:D2}-{i + 1:D5}", v)));

    public void WriteVisits(string kodePuskesmas, int tahun, IEnumerable<DemoVisit> visits)
    {
        Directory.CreateDirectory(folder);
        foreach (var month in Numbered(kodePuskesmas, tahun, visits).GroupBy(x => x.Visit.Tanggal.Month))
        {
            if (style == Style.Xlsx)
                DemoXlsx.Write(Path.Combine(folder, $"kunjungan_{tahun}-{month.Key:D2}.xlsx"), VisitColumns.Split(','), month.Select(x => new object?[]
                {
                    x.Id, x.Visit.Tanggal, x.Visit.KodePuskesmas, x.Visit.Nik, x.Visit.NoRm, x.Visit.JenisKelamin, x.Visit.TanggalLahir,
                    x.Visit.KodeDesa, x.Visit.Layanan, x.Visit.Tempat,
                }));
            else
                Write($"kunjungan_{tahun}-{month.Key:D2}.csv", VisitColumns, month.Select(x => VisitLine(x.Id, x.Visit)));
        }
    }

    public void WriteScreenings(string kodePuskesmas, int tahun, IEnumerable<DemoScreening> screenings)
    {
        foreach (var month in screenings.OrderBy(s => s.Tanggal).GroupBy(s => s.Tanggal.Month))
            Write($"skrining_{tahun}-{month.Key:D2}.csv", ScreeningColumns,
                month.Select((s, i) => ScreeningLine($"{kodePuskesmas}-S{tahun}{month.Key:D2}-{i + 1:D5}", s)));
    }

    public string VisitLine(string id, DemoVisit v) => Join(id, Date(v.Tanggal), v.KodePuskesmas, v.Nik, v.NoRm, v.JenisKelamin,
        Date(v.TanggalLahir), Village(v.KodeDesa), v.Layanan, v.Tempat);

    private string ScreeningLine(string id, DemoScreening s) => Join(id, Date(s.Tanggal), s.KodePuskesmas, s.Nik, "", s.JenisKelamin,
        Date(s.TanggalLahir), Village(s.KodeDesa), s.Sistolik?.ToString(), s.Diastolik?.ToString(), s.GulaDarah?.ToString(),
        s.Kolesterol?.ToString(), Flag(s.Tb), Flag(s.Kusta), s.Kegiatan, s.Dirujuk ? "Y" : "T");

    private static string Flag(bool? value) => value switch { true => "Y", false => "T", null => "" };

    private bool Local => style == Style.Semicolon;

    private string Date(DateOnly date) => Local ? DemoGenerator.Local(date) : DemoGenerator.Iso(date);

    private string Village(string kode) => Local ? kode.Replace(".", "", StringComparison.Ordinal) : kode;

    private string Join(params string?[] fields) => Local ? string.Join(';', fields) + ";Bidan Desa" : string.Join(',', fields);

    public void Write(string name, string columns, IEnumerable<string> lines)
    {
        var header = Local ? string.Join(" ; ", columns.ToUpperInvariant().Split(',')) + " ; PETUGAS" : columns;
        File.WriteAllLines(Path.Combine(folder, name), [header, .. lines], Local ? Utf8Bom : Utf8);
    }
}
