using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Pws.Etl.Inbox;
using Pws.Core.Inbox;

namespace Pws.Etl.Sources.Profil;

/// <summary>Reads a profile file into a <see cref="Profil"/>, checking every key: an unknown key, a missing one or a
/// value of the wrong shape stops with a <see cref="ProfilException"/> naming the file and the key.</summary>
public static class ProfilParser
{
    /// <summary>The contract file kind a profile produces, or null for an unknown one.</summary>
    public static JenisBerkas? Berkas(string jenis) => jenis switch
    {
        Profil.Kunjungan => JenisBerkas.Kunjungan,
        Profil.Skrining => JenisBerkas.Skrining,
        Profil.Agregat => JenisBerkas.Agregat,
        Profil.Sasaran => JenisBerkas.Sasaran,
        Profil.Jkn => JenisBerkas.Jkn,
        _ => null,
    };

    /// <summary>The contract fields each kind of profile may fill.</summary>
    public static IReadOnlyList<string> Fields(string jenis) => Berkas(jenis)?.Header ?? [];

    /// <summary>The field that identifies a row of the kind, which a profile must fill.</summary>
    public static string? IdField(string jenis) => jenis switch
    {
        Profil.Kunjungan => "id_kunjungan",
        Profil.Skrining => "id_skrining",
        _ => null,
    };

    public static readonly string[] PemetaanJenis = ["desa", "layanan", "tempat"];

    private static readonly string[] TopKeys = ["nama", "jenis", "berlaku", "berkas", "tabel", "utama", "gabung", "variabel", "uraikan", "kolom"];
    private static readonly string[] LayoutKeys = ["format", "pemisah", "pengodean", "kutip", "escape", "lembar", "baris_kepala", "kolom", "kosong"];
    private static readonly string[] SourceKeys = ["kolom", "tetap", "templat", "id_dari", "sel", "nama_berkas", "nama_folder"];
    private static readonly string[] ModifierKeys = ["pisah", "bagian", "nilai", "format_tanggal", "pemetaan", "hanya_pemetaan"];

    public static Profil Parse(string text, string file)
    {
        var json = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var root = ProfilNode.Parse(text, json, file) as ProfilNode.Map ?? throw new ProfilException(file, "", "isi profil harus berupa peta kunci dan nilai.");
        var keys = new Keys(file);
        keys.Only(root, TopKeys);

        var nama = keys.RequiredText(root, "nama");
        var jenis = keys.RequiredText(root, "jenis").ToLowerInvariant();
        if (Fields(jenis).Count == 0)
            throw new ProfilException(file, "jenis", $"'{jenis}' tidak dikenal (pilihan: kunjungan, skrining, agregat, sasaran, jkn).");

        var berlakuNode = keys.Get(root, "berlaku") as ProfilNode.Map ?? throw new ProfilException(file, "berlaku", "wajib diisi: berkas mana yang dibaca profil ini (berlaku.berkas).");
        keys.Only(berlakuNode, ["puskesmas", "berkas"]);
        var berlaku = new Berlaku(keys.TextList(berlakuNode, "puskesmas"), keys.RequiredText(berlakuNode, "berkas"));

        var bentuk = keys.Get(root, "berkas") is { } bentukNode ? Layout(keys, keys.AsMap(bentukNode), allowFormat: true) : BentukTabel.Default;
        var tabel = new List<TabelZip>();
        if (keys.Get(root, "tabel") is { } tabelNode)
            foreach (var (name, node) in keys.AsMap(tabelNode).Entries)
            {
                var map = keys.AsMap(node);
                keys.Only(map, [.. LayoutKeys.Where(k => k != "format"), "berkas"]);
                tabel.Add(new TabelZip(name, keys.RequiredText(map, "berkas"), Layout(keys, map, allowFormat: false)));
            }
        var format = bentuk.Format ?? FormatOf(berlaku.Berkas);
        if (format == "zip" && tabel.Count == 0) throw new ProfilException(file, "tabel", "berkas ZIP memerlukan daftar tabel di dalamnya.");
        if (format != "zip" && tabel.Count > 0) throw new ProfilException(file, "tabel", "hanya untuk berkas ZIP (berkas.format: zip).");
        var utama = keys.Text(root, "utama");
        if (utama is not null && tabel.All(t => t.Nama != utama))
            throw new ProfilException(file, "utama", $"tabel '{utama}' tidak ada di bawah 'tabel'.");
        if (bentuk.BarisKepala == 0 && bentuk.Kolom is null && format != "zip")
            throw new ProfilException(file, "berkas.kolom", "tabel tanpa baris kepala (baris_kepala: 0) memerlukan daftar nama kolom.");

        var gabung = new List<Gabung>();
        if (keys.Get(root, "gabung") is { } gabungNode)
            foreach (var item in keys.AsList(gabungNode).Items)
            {
                var map = keys.AsMap(item);
                keys.Only(map, ["tabel", "kunci", "kunci_utama", "kunci_tabel"]);
                var table = keys.RequiredText(map, "tabel");
                if (tabel.All(t => t.Nama != table)) throw new ProfilException(file, ProfilNode.Join(map.Key, "tabel"), $"tabel '{table}' tidak ada di bawah 'tabel'.");
                var kunci = keys.Text(map, "kunci");
                var kunciUtama = keys.Text(map, "kunci_utama") ?? kunci ?? throw new ProfilException(file, ProfilNode.Join(map.Key, "kunci"), "wajib diisi (atau kunci_utama dan kunci_tabel).");
                var kunciTabel = keys.Text(map, "kunci_tabel") ?? kunci ?? throw new ProfilException(file, ProfilNode.Join(map.Key, "kunci_tabel"), "wajib diisi.");
                gabung.Add(new Gabung(table, kunciUtama, kunciTabel, map.Key));
            }

        var variabel = new List<Variabel>();
        if (keys.Get(root, "variabel") is { } variabelNode)
            foreach (var (name, node) in keys.AsMap(variabelNode).Entries)
                variabel.Add(new Variabel(name, Field(keys, name, node, variable: true)));

        Uraian? uraikan = null;
        if (keys.Get(root, "uraikan") is { } uraikanNode)
        {
            var map = keys.AsMap(uraikanNode);
            keys.Only(map, ["kolom", "tanda"]);
            var columns = new List<UraianKolom>();
            foreach (var (column, node) in keys.AsMap(keys.Get(map, "kolom") ?? throw new ProfilException(file, "uraikan.kolom", "wajib diisi.")).Entries)
            {
                var values = keys.AsMap(node);
                var isi = values.Entries.FirstOrDefault(e => e.Key == "isi").Value is ProfilNode.Scalar { Text: { } field } ? field : null;
                columns.Add(new UraianKolom(column, values.Entries.Where(e => e.Key != "isi")
                    .Select(e => new KeyValuePair<string, string>(e.Key, keys.ScalarText(e.Value) ?? "")).ToList(), isi, values.Key));
            }
            if (columns.Count == 0) throw new ProfilException(file, "uraikan.kolom", "sebutkan minimal satu kolom.");
            var tanda = keys.TextList(map, "tanda");
            uraikan = new Uraian(columns, (tanda.Count > 0 ? tanda : [.. DefaultMarks]).ToHashSet(StringComparer.OrdinalIgnoreCase));
        }

        var fields = Fields(jenis);
        var kolom = new List<Isian>();
        foreach (var (name, node) in keys.AsMap(keys.Get(root, "kolom") ?? throw new ProfilException(file, "kolom", "wajib diisi: kolom kontrak dan asalnya.")).Entries)
        {
            if (!fields.Contains(name))
                throw new ProfilException(file, ProfilNode.Join("kolom", name),
                    $"'{name}' bukan kolom kontrak {jenis} (kolom yang ada: {string.Join(", ", fields)}).");
            kolom.Add(Field(keys, name, node, variable: false));
        }
        CheckComplete(file, jenis, kolom, variabel, uraikan);

        return new Profil(nama, file, jenis, berlaku, bentuk with { Format = format }, tabel, utama ?? tabel.FirstOrDefault()?.Nama, gabung,
            variabel, uraikan, kolom, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]);
    }

    /// <summary>What counts as a mark when a profile does not say: the ticks recap sheets use.</summary>
    public static readonly string[] DefaultMarks = ["Y", "YA", "V", "✓", "✔", "√", "X", "1", "TRUE", "ADA"];

    /// <summary>A required field must have a source, unless an unpivoted column or a variable of that name gives it.
    /// kode_puskesmas defaults to the folder's code.</summary>
    private static void CheckComplete(string file, string jenis, List<Isian> kolom, List<Variabel> variabel, Uraian? uraikan)
    {
        var given = kolom.Select(k => k.Field)
            .Concat(variabel.Select(v => v.Nama))
            .Concat(uraikan?.Kolom.SelectMany(c => c.Nilai.Select(n => n.Key).Append(c.Isi ?? "")) ?? [])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        given.Add("kode_puskesmas");
        var required = Berkas(jenis)!.Wajib;
        var missing = required.Where(r => !given.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            var id = IdField(jenis);
            var hint = missing.Contains(id ?? "") ? $" Ekspor tanpa nomor kunjungan: gunakan {id}: {{id_dari: [kolom, ...]}}." : "";
            throw new ProfilException(file, ProfilNode.Join("kolom", missing[0]), $"kolom wajib {string.Join(", ", missing)} belum diberi asal.{hint}");
        }
        if (jenis is Profil.Kunjungan or Profil.Skrining && !given.Contains("nik") && !given.Contains("no_rm"))
            throw new ProfilException(file, "kolom.nik", "salah satu dari nik atau no_rm wajib diberi asal: tanpa itu orang tidak dapat dikenali.");
    }

    private static string FormatOf(string pattern)
    {
        var extension = Path.GetExtension(pattern).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" => "xlsx",
            ".zip" => "zip",
            _ => "csv",
        };
    }

    private static BentukTabel Layout(Keys keys, ProfilNode.Map map, bool allowFormat)
    {
        if (allowFormat) keys.Only(map, LayoutKeys);
        var format = keys.Text(map, "format")?.ToLowerInvariant();
        if (format is not (null or "csv" or "xlsx" or "zip"))
            throw new ProfilException(keys.File, ProfilNode.Join(map.Key, "format"), $"'{format}' tidak dikenal (pilihan: csv, xlsx, zip).");
        var lembar = keys.Get(map, "lembar") is ProfilNode.Scalar { Text: { } sheet }
            ? int.TryParse(sheet, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? new XlsxReader.Lembar(null, position) : new XlsxReader.Lembar(sheet, null)
            : null;
        var header = keys.Int(map, "baris_kepala") ?? 1;
        if (header < 0) throw new ProfilException(keys.File, ProfilNode.Join(map.Key, "baris_kepala"), "harus 0 (tanpa kepala) atau nomor baris mulai 1.");
        var columns = keys.Get(map, "kolom") is not null ? keys.TextList(map, "kolom") : null;
        if (header == 0 && columns is null)
            throw new ProfilException(keys.File, ProfilNode.Join(map.Key, "kolom"), "tabel tanpa baris kepala (baris_kepala: 0) memerlukan daftar nama kolom.");
        return new BentukTabel(format, Char(keys, map, "pemisah", BentukTabel.Default.Pemisah), TextEncoding(keys, map),
            keys.Get(map, "kutip") is null ? '"' : Char(keys, map, "kutip", null), lembar, header, columns,
            keys.TextList(map, "kosong").ToHashSet(StringComparer.OrdinalIgnoreCase), Char(keys, map, "escape", null));
    }

    private static char? Char(Keys keys, ProfilNode.Map map, string key, char? fallback)
    {
        if (keys.Get(map, key) is not ProfilNode.Scalar scalar) return fallback;
        return scalar.Text switch
        {
            null or "" => null,
            "tab" or "\\t" or "\t" => '\t',
            { Length: 1 } one => one[0],
            var other => throw new ProfilException(keys.File, ProfilNode.Join(map.Key, key), $"harus satu karakter (atau 'tab'), bukan '{other}'."),
        };
    }

    private static Encoding TextEncoding(Keys keys, ProfilNode.Map map)
    {
        var name = keys.Text(map, "pengodean")?.ToLowerInvariant();
        return name switch
        {
            null or "utf-8" or "utf8" => BentukTabel.Default.Pengodean,
            // Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, the euro sign), which Indonesian exports rarely hold.
            "windows-1252" or "cp1252" or "iso-8859-1" or "latin1" or "latin-1" => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
            _ => throw new ProfilException(keys.File, ProfilNode.Join(map.Key, "pengodean"), $"'{name}' tidak dikenal (pilihan: utf-8, windows-1252)."),
        };
    }

    private static Isian Field(Keys keys, string field, ProfilNode node, bool variable)
    {
        if (node is ProfilNode.Scalar { Text: { } column }) return new Isian(field, node.Key) { Kolom = column };
        var map = keys.AsMap(node);
        keys.Only(map, [.. SourceKeys, .. ModifierKeys]);
        var sources = map.Entries.Where(e => SourceKeys.Contains(e.Key)).Select(e => e.Key).ToList();
        if (sources.Count != 1)
            throw new ProfilException(keys.File, node.Key,
                $"sebutkan tepat satu asal nilai ({string.Join(", ", SourceKeys)}){(sources.Count > 1 ? $", bukan {string.Join(" dan ", sources)}" : "")}.");
        if (variable && sources[0] is "kolom" or "id_dari")
            throw new ProfilException(keys.File, ProfilNode.Join(node.Key, sources[0]), "variabel dibaca sekali per berkas: pakai sel, nama_berkas, nama_folder, tetap atau templat.");
        if (!variable && sources[0] is "sel" or "nama_berkas" or "nama_folder")
            throw new ProfilException(keys.File, ProfilNode.Join(node.Key, sources[0]), "hanya untuk variabel (di bawah 'variabel'); kolom merujuk variabel dengan templat \"{nama}\".");
        var pemetaan = keys.Text(map, "pemetaan")?.ToLowerInvariant();
        if (pemetaan is not null && !PemetaanJenis.Contains(pemetaan))
            throw new ProfilException(keys.File, ProfilNode.Join(node.Key, "pemetaan"), $"'{pemetaan}' tidak dikenal (pilihan: {string.Join(", ", PemetaanJenis)}).");
        var namaBerkas = keys.Text(map, "nama_berkas");
        if (namaBerkas is not null) Pattern(keys, ProfilNode.Join(node.Key, "nama_berkas"), namaBerkas);
        var bagian = keys.Int(map, "bagian") ?? 1;
        if (bagian < 1) throw new ProfilException(keys.File, ProfilNode.Join(node.Key, "bagian"), "bagian dihitung mulai 1.");
        var formats = keys.Get(map, "format_tanggal") is not null ? keys.TextList(map, "format_tanggal") : null;
        foreach (var format in formats ?? [])
            if (!ProfilDates.IsFormat(format))
                throw new ProfilException(keys.File, ProfilNode.Join(node.Key, "format_tanggal"),
                    $"'{format}' bukan format tanggal (contoh: dd-MM-yyyy, d/M/yyyy, d MMMM yyyy, serial).");
        var idDari = keys.Get(map, "id_dari") is not null ? keys.TextList(map, "id_dari") : null;
        if (idDari is { Count: 0 }) throw new ProfilException(keys.File, ProfilNode.Join(node.Key, "id_dari"), "sebutkan kolom-kolom yang bersama-sama mengenali satu baris.");
        return new Isian(field, node.Key)
        {
            Kolom = keys.Text(map, "kolom"),
            Tetap = keys.Get(map, "tetap") is { } tetap ? keys.ScalarText(tetap) ?? "" : null,
            Templat = keys.Text(map, "templat"),
            IdDari = idDari,
            Sel = keys.Text(map, "sel") is { } sel ? CellReference(keys, ProfilNode.Join(node.Key, "sel"), sel) : null,
            NamaBerkas = namaBerkas,
            NamaFolder = keys.Get(map, "nama_folder") is not null,
            Pisah = keys.Text(map, "pisah"),
            Bagian = bagian,
            Nilai = keys.Get(map, "nilai") is { } nilai
                ? keys.AsMap(nilai).Entries.Select(e => new KeyValuePair<string, string>(e.Key, keys.ScalarText(e.Value) ?? "")).ToList()
                : null,
            FormatTanggal = formats,
            Pemetaan = pemetaan,
            HanyaPemetaan = HanyaPemetaan(keys, map, node.Key, pemetaan),
        };
    }

    private static bool HanyaPemetaan(Keys keys, ProfilNode.Map map, string key, string? pemetaan)
    {
        var only = keys.Text(map, "hanya_pemetaan")?.ToLowerInvariant();
        if (only is null) return false;
        if (only is not ("true" or "ya" or "false" or "tidak"))
            throw new ProfilException(keys.File, ProfilNode.Join(key, "hanya_pemetaan"), $"'{only}' harus true atau false.");
        if (pemetaan is null)
            throw new ProfilException(keys.File, ProfilNode.Join(key, "hanya_pemetaan"), "hanya bermakna bersama pemetaan.");
        return only is "true" or "ya";
    }

    private static string CellReference(Keys keys, string key, string text)
    {
        var normalized = text.Trim().ToUpperInvariant();
        if (!Regex.IsMatch(normalized, "^[A-Z]{1,3}[1-9][0-9]{0,5}$"))
            throw new ProfilException(keys.File, key, $"'{text}' bukan alamat sel (contoh: B3).");
        return normalized;
    }

    private static void Pattern(Keys keys, string key, string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ProfilException(keys.File, key, $"pola '{pattern}' tidak sah: {e.Message}");
        }
    }

    /// <summary>Reads keys of the tree, naming the file and key in every complaint.</summary>
    private sealed class Keys(string file)
    {
        public string File => file;

        public void Only(ProfilNode.Map map, IReadOnlyCollection<string> allowed)
        {
            foreach (var (name, node) in map.Entries)
                if (!allowed.Contains(name))
                    throw new ProfilException(file, node.Key, $"kunci '{name}' tidak dikenal di sini (yang dikenal: {string.Join(", ", allowed)}).");
        }

        public ProfilNode? Get(ProfilNode.Map map, string name)
        {
            var found = map.Entries.FirstOrDefault(e => e.Key == name).Value;
            return found is ProfilNode.Scalar { Text: null } ? null : found;
        }

        public ProfilNode.Map AsMap(ProfilNode node) =>
            node as ProfilNode.Map ?? throw new ProfilException(file, node.Key, "harus berupa peta (kunci: nilai).");

        public ProfilNode.List AsList(ProfilNode node) =>
            node as ProfilNode.List ?? throw new ProfilException(file, node.Key, "harus berupa daftar.");

        public string? ScalarText(ProfilNode node) =>
            node is ProfilNode.Scalar scalar ? scalar.Text : throw new ProfilException(file, node.Key, "harus berupa satu nilai, bukan peta atau daftar.");

        public string? Text(ProfilNode.Map map, string name) => Get(map, name) is { } node ? ScalarText(node) : null;

        public string RequiredText(ProfilNode.Map map, string name) =>
            Text(map, name) is { Length: > 0 } text ? text : throw new ProfilException(file, ProfilNode.Join(map.Key, name), "wajib diisi.");

        public int? Int(ProfilNode.Map map, string name)
        {
            if (Text(map, name) is not { } text) return null;
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ProfilException(file, ProfilNode.Join(map.Key, name), $"'{text}' bukan bilangan bulat.");
        }

        public List<string> TextList(ProfilNode.Map map, string name) => Get(map, name) switch
        {
            null => [],
            ProfilNode.Scalar { Text: { } one } => [one],
            ProfilNode.List list => list.Items.Select(i => ScalarText(i) ?? "").ToList(),
            var other => throw new ProfilException(file, other.Key, "harus berupa daftar nilai."),
        };
    }
}
