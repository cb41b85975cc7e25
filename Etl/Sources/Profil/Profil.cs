using System.Text;
using Pws.Etl.Inbox;

namespace Pws.Etl.Sources.Profil;

/// <summary>An intake profile: how one puskesmas export (or a family of them) maps onto one of the contract's file
/// kinds. Every key is documented in the README's "Bringing a puskesmas in".</summary>
/// <param name="Berkas">The profile's own file, relative to the inbox, for messages.</param>
/// <param name="Jenis">The contract file kind it produces: kunjungan, skrining, agregat, sasaran or jkn.</param>
/// <param name="Tabel">For a ZIP: its tables by name; the first (or <paramref name="Utama"/>) gives the rows.</param>
/// <param name="Fingerprint">Changes whenever the profile's text does, so files read through it are read again.</param>
public sealed record Profil(
    string Nama,
    string Berkas,
    string Jenis,
    Berlaku Berlaku,
    BentukTabel Bentuk,
    IReadOnlyList<TabelZip> Tabel,
    string? Utama,
    IReadOnlyList<Gabung> Gabung,
    IReadOnlyList<Variabel> Variabel,
    Uraian? Uraikan,
    IReadOnlyList<Isian> Kolom,
    string Fingerprint)
{
    public const string Kunjungan = "kunjungan";
    public const string Skrining = "skrining";
    public const string Agregat = "agregat";
    public const string Sasaran = "sasaran";
    public const string Jkn = "jkn";

    public bool IsMaster => Jenis is Sasaran or Jkn;

    public bool IsZip => Bentuk.Format == "zip";
}

/// <summary>Which files a profile reads: the puskesmas folders (none listed: every one; master files live in the
/// <c>master</c> folder) and a file-name pattern with <c>*</c> and <c>?</c>, compared without regard to case.</summary>
public sealed record Berlaku(IReadOnlyList<string> Puskesmas, string Berkas);

/// <summary>How a table is laid out in its file.</summary>
/// <param name="Format">csv, xlsx or zip; null: from the file's extension (.txt is csv).</param>
/// <param name="Pemisah">The CSV delimiter; null: ',' or ';' detected from the first line.</param>
/// <param name="Kutip">The CSV quote character; null: no quoting.</param>
/// <param name="BarisKepala">The 1-based row of the header; 0 when the table has none and <paramref name="Kolom"/> names its columns.</param>
/// <param name="Kosong">Values read as empty, such as <c>\N</c> of a database dump.</param>
/// <param name="Escape">The character before a quote, delimiter or line break that belongs to a value (MySQL's
/// <c>\</c>); null: none.</param>
public sealed record BentukTabel(
    string? Format,
    char? Pemisah,
    Encoding Pengodean,
    char? Kutip,
    XlsxReader.Lembar? Lembar,
    int BarisKepala,
    IReadOnlyList<string>? Kolom,
    IReadOnlySet<string> Kosong,
    char? Escape)
{
    public static readonly BentukTabel Default =
        new(null, null, CsvReader.Contract.Encoding, '"', null, 1, null, new HashSet<string>(StringComparer.OrdinalIgnoreCase), null);

    public CsvReader.Options CsvOptions => new(Pemisah, Pengodean, Kutip, Escape);
}

/// <summary>A table inside a ZIP export: the entry's name pattern and its layout.</summary>
public sealed record TabelZip(string Nama, string Berkas, BentukTabel Bentuk);

/// <summary>Rows of <paramref name="Tabel"/> joined to the main table's rows where the two key columns agree.</summary>
public sealed record Gabung(string Tabel, string KunciUtama, string KunciTabel, string Key);

/// <summary>A value read once per file (a metadata cell, the file name, the folder, a constant), usable in fields
/// and templates by its name.</summary>
public sealed record Variabel(string Nama, Isian Isian);

/// <summary>A wide layout turned into rows: each listed column (or group of columns sharing the same values) of a
/// source row becomes one row when it holds a mark or a value.</summary>
/// <param name="Tanda">Cell contents that count as a mark.</param>
public sealed record Uraian(IReadOnlyList<UraianKolom> Kolom, IReadOnlySet<string> Tanda);

/// <param name="Nilai">The names and values this column's row carries (layanan K1, bulan 3).</param>
/// <param name="Isi">The field that receives the cell's own value; null when the cell is a mark.</param>
public sealed record UraianKolom(string Kolom, IReadOnlyList<KeyValuePair<string, string>> Nilai, string? Isi, string Key);

/// <summary>How one contract field (or a variable) gets its value: exactly one source, then the modifiers in the
/// order split, value map, date format, crosswalk.</summary>
public sealed record Isian(string Field, string Key)
{
    public string? Kolom { get; init; }
    public string? Tetap { get; init; }
    public string? Templat { get; init; }
    public IReadOnlyList<string>? IdDari { get; init; }
    public string? Sel { get; init; }
    public string? NamaBerkas { get; init; }
    public bool NamaFolder { get; init; }

    public string? Pisah { get; init; }
    public int Bagian { get; init; } = 1;
    public IReadOnlyList<KeyValuePair<string, string>>? Nilai { get; init; }
    public IReadOnlyList<string>? FormatTanggal { get; init; }
    public string? Pemetaan { get; init; }

    /// <summary>The value is the source's own code: only the crosswalk gives its meaning, even when it looks like a
    /// contract code or a village name (SIKDA's 2-2-3-3 village codes can equal another village's Kemendagri code).</summary>
    public bool HanyaPemetaan { get; init; }
}
