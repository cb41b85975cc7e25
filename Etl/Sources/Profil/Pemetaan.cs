using System.Data.Common;
using System.Text;
using Dapper;
using Pws.Core.Inbox;
using Pws.Etl.Validation;
using Pws.Warehouse.Dialects;

namespace Pws.Etl.Sources.Profil;

/// <summary>What a source's own values mean in the contract's codes, for one puskesmas (or the master files): the
/// crosswalks the Dinkes keeps in the warehouse (its own entries before those for every puskesmas), and for
/// villages, a name found exactly once in the puskesmas's wilayah kerja, else in its kecamatan (for the master files,
/// which belong to no puskesmas, in the served area). A name found elsewhere is only suggested on the mapping page.</summary>
public sealed class Pemetaan
{
    /// <summary>The code a crosswalk gives a value whose rows are no PWS service: they are skipped, not quarantined.</summary>
    public const string Lewati = "-";

    private readonly Dictionary<(string Jenis, string Nilai), string> kode;
    private readonly Dictionary<string, string[]>[] namaDesa;
    private readonly IReadOnlySet<string> villages;
    private readonly IReadOnlySet<string> layanan;

    /// <summary>An export repeats the same village and service values on row after row: each is looked up once.</summary>
    private readonly Dictionary<string, Dictionary<string, string?>> found = new(StringComparer.Ordinal);

    private Pemetaan(Dictionary<(string, string), string> kode, Dictionary<string, string[]>[] namaDesa, IReadOnlySet<string> villages,
        IReadOnlySet<string> layanan, string stamp)
    {
        this.kode = kode;
        this.namaDesa = namaDesa;
        this.villages = villages;
        this.layanan = layanan;
        Stamp = stamp;
    }

    /// <summary>Changes whenever a crosswalk entry that applies here does: files read through a profile are read again.</summary>
    public string Stamp { get; }

    /// <summary>The village entries whose value is itself a code in the Kemendagri shape (a code from before a pemekaran,
    /// a BPS-style code): contract and FHIR files, which carry codes, not names, read their villages through these.</summary>
    public IReadOnlyDictionary<string, string> KodeDesaPengganti =>
        field ??= kode.Where(e => e.Key.Jenis == "desa" && e.Value != Lewati && FieldParsers.NormalizeKodeDesa(e.Key.Nilai) is not null)
            .GroupBy(e => FieldParsers.NormalizeKodeDesa(e.Key.Nilai)!, e => e.Value)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>Changes whenever <see cref="KodeDesaPengganti"/> does: contract and FHIR files are read again then.</summary>
    public string KodeStamp => KodeDesaPengganti.Count == 0 ? ""
        : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', KodeDesaPengganti.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}|{e.Value}")))))[..16];

    public static Pemetaan Empty(IReadOnlySet<string> villages, IReadOnlySet<string> layanan) =>
        new([], [[], [], []], villages, layanan, "");

    public static Pemetaan Load(Dialect dialect, DbConnection connection, string kodePuskesmas, string area, IReadOnlySet<string> villages,
        IReadOnlySet<string> layanan)
    {
        var entries = connection.Query<(string Jenis, string KodePuskesmas, string Nilai, string Kode)>(
            dialect.Sql(typeof(Pemetaan).Assembly, "pemetaan_berlaku"), new { kode_puskesmas = kodePuskesmas }).ToList();
        var kode = new Dictionary<(string, string), string>();
        foreach (var entry in entries.OrderBy(e => e.KodePuskesmas.Length))
            kode[(entry.Jenis, entry.Nilai)] = entry.Kode;
        var namaDesa = new Dictionary<string, string[]>[] { [], [], [] };
        foreach (var group in connection.Query<(string Kode, string Nama, int Lingkar)>(dialect.Sql(typeof(Pemetaan).Assembly, "desa_untuk_nama"),
                         new { kode_puskesmas = kodePuskesmas, awalan_area = area + ".%" })
                     .GroupBy(d => (d.Lingkar, Name: NamaDesa(d.Nama))))
            namaDesa[group.Key.Lingkar - 1][group.Key.Name] = group.Select(d => d.Kode).ToArray();
        var stamp = string.Join('\n', entries.OrderBy(e => (e.Jenis, e.KodePuskesmas, e.Nilai)).Select(e => $"{e.Jenis}|{e.KodePuskesmas}|{e.Nilai}|{e.Kode}"));
        return new Pemetaan(kode, namaDesa, villages, layanan,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(stamp)))[..16]);
    }

    /// <summary>How a value is kept in a crosswalk: trimmed, lower case, inner runs of spaces as one.</summary>
    public static string Normalize(string value) => string.Join(' ', value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A village name compared without its prefix (Desa, Kelurahan, Ds., Kel.), case or punctuation.</summary>
    public static string NamaDesa(string name)
    {
        var letters = new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());
        var words = letters.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "desa" or "ds" or "kelurahan" or "kel" or "kelur") words.RemoveAt(0);
        return string.Join(' ', words);
    }

    /// <summary>The code for a value of a field with <c>pemetaan</c>: the value itself when it already is a contract
    /// code, else the crosswalk's, else (villages) the name's. <see cref="Lewati"/> skips the row; null means unmapped.</summary>
    /// <param name="crosswalkOnly">The value is the source's own code: only the crosswalk gives its meaning.</param>
    public string? Find(string jenis, string value, bool crosswalkOnly = false)
    {
        if (crosswalkOnly) return kode.GetValueOrDefault((jenis, Normalize(value)));
        if (!found.TryGetValue(jenis, out var ofJenis)) found[jenis] = ofJenis = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (ofJenis.TryGetValue(value, out var known)) return known;
        return ofJenis[value] = Lookup(jenis, value);
    }

    private string? Lookup(string jenis, string value)
    {
        if (kode.TryGetValue((jenis, Normalize(value)), out var mapped)) return mapped;
        switch (jenis)
        {
            case "desa":
                if (FieldParsers.NormalizeKodeDesa(value) is { } code && villages.Contains(code)) return code;
                var name = NamaDesa(value);
                foreach (var circle in namaDesa)
                    if (circle.TryGetValue(name, out var codes)) return codes.Length == 1 ? codes[0] : null;
                return null;
            case "layanan":
                return layanan.Contains(value.Trim().ToUpperInvariant()) ? value.Trim().ToUpperInvariant() : null;
            default:
                return PilihanNilai.Tempat.Contains(value.Trim().ToUpperInvariant()) ? value.Trim().ToUpperInvariant() : null;
        }
    }
}
