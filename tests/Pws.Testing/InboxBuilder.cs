using System.Text;

namespace Pws.Testing;

/// <summary>Writes an inbox file by file, as a puskesmas or the Dinkes would drop it.</summary>
public sealed class InboxBuilder(string root)
{
    public const string KunjunganHeader = "id_kunjungan,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,layanan,tempat";

    public const string SkriningHeader = "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik," +
                                         "gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk";

    public string Root { get; } = root;

    public InboxBuilder File(string relativePath, params string[] lines) => File(relativePath, Encoding.UTF8, lines);

    public InboxBuilder File(string relativePath, Encoding encoding, params string[] lines)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, string.Join("\n", lines) + "\n", encoding);
        return this;
    }

    public InboxBuilder Bytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return this;
    }

    /// <summary>A visit line in the order of <see cref="KunjunganHeader"/>.</summary>
    public static string Visit(string id, string tanggal, string puskesmas, string nik, string kodeDesa,
        string layanan = "ANC_K1", string noRm = "", string tanggalLahir = "1995-05-05", string tempat = "DALAM_GEDUNG") =>
        string.Join(',', id, tanggal, puskesmas, nik, noRm, "P", tanggalLahir, kodeDesa, layanan, tempat);
}
