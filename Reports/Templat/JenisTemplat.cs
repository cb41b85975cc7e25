using System.Globalization;
using Pws.Core.Inbox;

namespace Pws.Reports.Templat;

/// <summary>A file kind a template can be downloaded for: the visits and screenings a puskesmas sends, and the sasaran
/// and JKN master files the Dinkes keeps.</summary>
/// <param name="Judul">The kind's name as a page or a title says it.</param>
/// <param name="Satuan">What one row of the file is.</param>
/// <param name="Master">A master file, which the ETL reads as CSV from the inbox's master folder.</param>
public sealed record JenisTemplat(JenisBerkas Berkas, string Judul, string Satuan, bool Master)
{
    public static readonly JenisTemplat Kunjungan =
        new(JenisBerkas.Kunjungan, "Kunjungan", "satu kunjungan (satu layanan yang diterima satu pasien)", Master: false);

    public static readonly JenisTemplat Skrining = new(JenisBerkas.Skrining, "Skrining", "satu skrining satu pasien", Master: false);

    public static readonly JenisTemplat Sasaran =
        new(JenisBerkas.Sasaran, "Sasaran", "satu kelompok sasaran di satu desa untuk satu tahun", Master: true);

    public static readonly JenisTemplat Jkn = new(JenisBerkas.Jkn, "JKN", "satu desa untuk satu bulan", Master: true);

    public static readonly IReadOnlyList<JenisTemplat> Semua = [Kunjungan, Skrining, Sasaran, Jkn];

    public string Nama => Berkas.Nama;

    public static JenisTemplat? Find(string nama) => Semua.FirstOrDefault(j => j.Nama == nama);

    /// <summary>The name a filled template is saved under this month, as the inbox expects it.</summary>
    public string NamaBerkas(DateTime now) =>
        $"{Nama}_{now.ToString(this == Sasaran ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture)}.{(Master ? "csv" : "xlsx")}";
}
