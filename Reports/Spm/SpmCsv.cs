using Pws.Reports.Export;

namespace Pws.Reports.Spm;

public static class SpmCsv
{
    public static readonly string[] Header = ["kode_wilayah", "nama_wilayah", "kode_spm", "sasaran", "terlayani", "capaian", "kekurangan"];

    public static IEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<SpmRow> rows) => rows.Select(r => (IReadOnlyList<object?>)
        [r.KodeWilayah, r.NamaWilayah, r.KodeSpm, r.Sasaran, r.Terlayani, r.Capaian, r.Kekurangan]);

    public static void Write(TextWriter writer, IEnumerable<SpmRow> rows) => CsvTable.Write(writer, Header, Rows(rows));
}
