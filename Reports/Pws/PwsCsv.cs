using Pws.Reports.Export;

namespace Pws.Reports.Pws;

public static class PwsCsv
{
    public static readonly string[] Header =
    [
        "kode_desa", "nama_desa", "sasaran", "bulan_ini", "kumulatif", "cakupan_bulan_ini",
        "cakupan_bulan_lalu", "cakupan_kumulatif", "target_kumulatif", "status",
    ];

    public static IEnumerable<IReadOnlyList<object?>> Rows(PwsLaporan laporan) => laporan.Desa.Select(d => (IReadOnlyList<object?>)
    [
        d.KodeDesa, d.NamaDesa, d.Sasaran, d.BulanIni, d.Kumulatif, d.CakupanBulanIni,
        d.CakupanBulanLalu, d.CakupanKumulatif, d.TargetKumulatif, d.Status?.ToString(),
    ]);

    public static void Write(TextWriter writer, PwsLaporan laporan) => CsvTable.Write(writer, Header, Rows(laporan));
}
