namespace Pws.Core.Inbox;

/// <summary>A file kind of the data contract and its columns in the contract's order. The ETL reads a file by it
/// and the templates write it as their header row, so both hold the one list (docs/decisions/0001: what both
/// sides need goes to Core).</summary>
public sealed record JenisBerkas(string Nama, IReadOnlyList<KolomBerkas> Kolom)
{
    public IReadOnlyList<string> Header => Kolom.Select(k => k.Nama).ToList();

    public IReadOnlyList<string> Wajib => Kolom.Where(k => k.Wajib).Select(k => k.Nama).ToList();

    public IReadOnlyList<string> Opsional => Kolom.Where(k => !k.Wajib).Select(k => k.Nama).ToList();

    // nik and no_rm are optional each, one of them per row: a row rule, not a header rule.
    public static readonly JenisBerkas Kunjungan = new("kunjungan",
    [
        Harus("id_kunjungan"), Harus("tanggal"), Harus("kode_puskesmas"), Boleh("nik"), Boleh("no_rm"), Boleh("jenis_kelamin"),
        Boleh("tanggal_lahir"), Harus("kode_desa"), Harus("layanan"), Boleh("tempat"),
    ]);

    public static readonly JenisBerkas Skrining = new("skrining",
    [
        Harus("id_skrining"), Harus("tanggal"), Harus("kode_puskesmas"), Boleh("nik"), Boleh("no_rm"), Boleh("jenis_kelamin"),
        Harus("tanggal_lahir"), Harus("kode_desa"), Boleh("sistolik"), Boleh("diastolik"), Boleh("gula_darah_sewaktu"),
        Boleh("kolesterol_total"), Boleh("skrining_tb"), Boleh("skrining_kusta"), Boleh("kegiatan"), Boleh("dirujuk"),
    ]);

    // A row is a service count (layanan, jumlah), a screening count (ukuran, diskrining, ditandai), or both: a row rule.
    public static readonly JenisBerkas Agregat = new("agregat",
    [
        Boleh("kode_puskesmas"), Harus("kode_desa"), Harus("tahun"), Harus("bulan"), Boleh("layanan"), Boleh("jumlah"),
        Boleh("ukuran"), Boleh("diskrining"), Boleh("ditandai"),
    ]);

    public static readonly JenisBerkas Puskesmas = new("puskesmas", [Harus("kode_puskesmas"), Harus("nama"), Harus("kode_kecamatan")]);

    public static readonly JenisBerkas WilayahKerja = new("wilayah_kerja", [Harus("kode_puskesmas"), Harus("kode_desa")]);

    public static readonly JenisBerkas Sasaran = new("sasaran",
        [Harus("tahun"), Harus("kode_desa"), Harus("jenis_sasaran"), Harus("jumlah")]);

    public static readonly JenisBerkas Jkn = new("jkn",
        [Harus("periode"), Harus("kode_desa"), Harus("penduduk"), Harus("peserta_jkn"), Harus("peserta_aktif")]);

    private static KolomBerkas Harus(string nama) => new(nama, true);

    private static KolomBerkas Boleh(string nama) => new(nama, false);
}
