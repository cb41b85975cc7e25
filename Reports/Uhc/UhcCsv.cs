using Pws.Reports.Export;

namespace Pws.Reports.Uhc;

public static class UhcCsv
{
    public static readonly string[] Header =
        ["kode_desa", "nama_desa", "penduduk", "peserta_jkn", "peserta_aktif", "kepesertaan", "keaktifan", "status_uhc"];

    public static IEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<UhcRow> rows) => rows.Select(r => (IReadOnlyList<object?>)
        [r.KodeDesa, r.NamaDesa, r.Penduduk, r.PesertaJkn, r.PesertaAktif, r.Kepesertaan, r.Keaktifan, r.StatusUhc]);

    public static void Write(TextWriter writer, IEnumerable<UhcRow> rows) => CsvTable.Write(writer, Header, Rows(rows));
}
