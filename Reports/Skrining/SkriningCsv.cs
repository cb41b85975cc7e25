using Pws.Reports.Export;

namespace Pws.Reports.Skrining;

public static class SkriningCsv
{
    public static readonly string[] Header =
    [
        "kode_wilayah", "nama_wilayah", "diskrining", "tekanan_darah_tinggi", "gula_darah_tinggi", "kolesterol_tinggi",
        "terduga_tb", "suspek_kusta",
    ];

    public static IEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<SkriningRow> rows) => rows.Select(r => (IReadOnlyList<object?>)
    [
        r.KodeWilayah, r.NamaWilayah, r.Counts.Diskrining, r.Counts.TekananDarahTinggi, r.Counts.GulaDarahTinggi,
        r.Counts.KolesterolTinggi, r.Counts.TerdugaTb, r.Counts.SuspekKusta,
    ]);

    public static void Write(TextWriter writer, IEnumerable<SkriningRow> rows) => CsvTable.Write(writer, Header, Rows(rows));
}
