using Pws.Core.Catalog;
using Pws.Core.Inbox;
using Pws.Core.Time;
using Pws.Etl.Validation;
using Pws.Reports.Wilayah;
using Crosswalk = Pws.Etl.Sources.Profil.Pemetaan;

namespace Pws.Dashboard.Web.Pemetaan;

/// <summary>A code a value may be mapped to, as the page offers it.</summary>
/// <param name="Nama">The village's name, or empty for a service or setting code.</param>
/// <param name="Letak">Where the village lies as seen from the puskesmas (its wilayah kerja, its kecamatan, elsewhere).</param>
public sealed record Calon(string Kode, string Nama, string Letak);

/// <summary>The codes a crosswalk may point to: the served area's villages, the catalog's service codes and the contract's
/// settings. Suggests candidates for a value and checks a code typed by hand; it never maps anything by itself.</summary>
public sealed class KodeTujuan(AreaRollups rollups, AreaQuery area, IndicatorCatalog catalog, TimeProvider clock)
{
    public const string Desa = "desa";
    public const string Layanan = "layanan";
    public const string Tempat = "tempat";

    private const int Shown = 5;

    public const string DiWilayahKerja = "wilayah kerja puskesmas";

    private AreaRollup Rollup => rollups.For(Wib.Now(clock).Year);

    public IReadOnlyList<string> LayananCodes => catalog.Layanan.Order(StringComparer.Ordinal).ToList();

    /// <summary>The candidates for a value of a puskesmas (empty: the master files), best first. A village name is
    /// compared without its prefix (Desa, Kel.), case, punctuation or spaces, allowing a small misspelling (one letter
    /// outside the puskesmas's kecamatan); villages of its wilayah kerja come first, then those of its kecamatan, then
    /// the rest of the area.</summary>
    public IReadOnlyList<Calon> Suggest(string jenis, string nilai, string kodePuskesmas) => jenis switch
    {
        Desa => SuggestDesa(nilai, kodePuskesmas),
        Layanan => Nearest(nilai, catalog.Layanan),
        _ => Nearest(nilai, PilihanNilai.Tempat),
    };

    /// <summary>The code as the crosswalk keeps it, or why it cannot be one.</summary>
    public (string? Kode, string? Galat) Check(string jenis, string kode)
    {
        var typed = kode.Trim();
        if (typed.Length == 0) return (null, "kode tujuan kosong");
        switch (jenis)
        {
            case Desa:
                var code = FieldParsers.NormalizeKodeDesa(typed);
                return code is not null && Rollup.Villages.Any(v => v.KodeDesa == code)
                    ? (code, null)
                    : (null, $"'{typed}' bukan kode desa/kelurahan di wilayah ini (tulis kode Kemendagri, misalnya 33.29.01.2001)");
            case Layanan:
                var service = typed.ToUpperInvariant();
                return service == Crosswalk.Lewati || catalog.Layanan.Contains(service)
                    ? (service, null)
                    : (null, $"'{typed}' bukan kode layanan kontrak (misalnya {string.Join(", ", LayananCodes.Take(3))}; '-' bila bukan layanan PWS)");
            case Tempat:
                var place = typed.ToUpperInvariant();
                return PilihanNilai.Tempat.Contains(place)
                    ? (place, null)
                    : (null, $"'{typed}' bukan kode tempat kontrak ({string.Join(", ", PilihanNilai.Tempat)})");
            default:
                return (null, $"jenis '{jenis}' tidak dikenal (pilihan: {string.Join(", ", Etl.Sources.Profil.ProfilParser.PemetaanJenis)})");
        }
    }

    /// <summary>The name a code stands for, for the tables: a village's name and kecamatan.</summary>
    public string Describe(string jenis, string kode)
    {
        if (kode == Crosswalk.Lewati) return "dilewati (bukan data PWS)";
        if (jenis != Desa) return "";
        return Rollup.Villages.FirstOrDefault(v => v.KodeDesa == kode) is { } village ? $"{village.NamaDesa}, Kec. {village.NamaKecamatan}" : "";
    }

    /// <summary>Codes matching what is typed in the target field, for its drop-down.</summary>
    public IEnumerable<Calon> Search(string jenis, string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (jenis != Desa)
        {
            var codes = jenis == Layanan ? LayananCodes.Append(Crosswalk.Lewati) : PilihanNilai.Tempat;
            return codes.Where(c => c.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(c => new Calon(c, "", ""));
        }
        var name = Crosswalk.NamaDesa(text);
        return Rollup.Villages
            .Where(v => text.Length == 0 || v.KodeDesa.StartsWith(text, StringComparison.Ordinal)
                        || Crosswalk.NamaDesa(v.NamaDesa).Contains(name, StringComparison.Ordinal))
            .Take(30)
            .Select(v => new Calon(v.KodeDesa, v.NamaDesa, $"Kec. {v.NamaKecamatan}"));
    }

    private IReadOnlyList<Calon> SuggestDesa(string nilai, string kodePuskesmas)
    {
        var rollup = Rollup;
        var wilayahKerja = rollup.Areas(Tingkat.Puskesmas).FirstOrDefault(a => a.Kode == kodePuskesmas)?.Desa.ToHashSet(StringComparer.Ordinal) ?? [];
        var kecamatan = area.Puskesmas().FirstOrDefault(p => p.Kode == kodePuskesmas)?.KodeKecamatan;
        var written = FieldParsers.NormalizeKodeDesa(nilai);
        var name = Crosswalk.NamaDesa(nilai);
        var limit = Math.Clamp(name.Length / 4, 1, 2);
        return rollup.Villages
            .Select(v => (Village: v, Distance: v.KodeDesa == written ? 0 : NameDistance(name, Crosswalk.NamaDesa(v.NamaDesa))))
            .Select(c => (c.Village, c.Distance, Circle: wilayahKerja.Contains(c.Village.KodeDesa) ? 1 : c.Village.KodeKecamatan == kecamatan ? 2 : 3))
            // A puskesmas writes its own villages: one far away is offered only when it is spelt almost the same.
            .Where(c => c.Distance <= (c.Circle == 3 ? 1 : limit))
            .OrderBy(c => c.Circle).ThenBy(c => c.Distance).ThenBy(c => c.Village.KodeDesa, StringComparer.Ordinal)
            .Take(Shown)
            .Select(c => new Calon(c.Village.KodeDesa, c.Village.NamaDesa, c.Circle switch
            {
                1 => DiWilayahKerja,
                2 => $"Kec. {c.Village.NamaKecamatan}, kecamatan puskesmas",
                _ => $"Kec. {c.Village.NamaKecamatan}",
            }))
            .ToList();
    }

    /// <summary>Service and setting codes by how close they are to the value once case, spaces and punctuation are
    /// set aside ("ANC K1" is ANC_K1); the closest few that are close at all.</summary>
    private static IReadOnlyList<Calon> Nearest(string nilai, IEnumerable<string> codes)
    {
        var value = LettersAndDigits(nilai);
        return codes
            .Select(code => (Code: code, Distance: Distance(value, LettersAndDigits(code))))
            .Where(c => c.Distance <= Math.Max(1, value.Length / 3) || value.Length >= 3 && LettersAndDigits(c.Code).Contains(value, StringComparison.Ordinal))
            .OrderBy(c => c.Distance).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(Shown)
            .Select(c => new Calon(c.Code, "", ""))
            .ToList();
    }

    private static string LettersAndDigits(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    /// <summary>Village names are written with and without the space between their parts (Gunung Jaya, Gunungjaya).</summary>
    private static int NameDistance(string a, string b) => Math.Min(Distance(a, b), Distance(a.Replace(" ", ""), b.Replace(" ", "")));

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
