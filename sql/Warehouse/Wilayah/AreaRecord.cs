using System.Data.Common;
using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Warehouse.Wilayah;

/// <summary>The kabupaten/kota a warehouse serves, as recorded in it (<c>wilayah_layanan</c>). The first import records it (from <c>--kabupaten</c> or
/// <c>Pws:Kabupaten</c>, or else from the wilayah kerja master); afterwards it is the default of every
/// command, page and job, and a configured value that disagrees is refused rather than silently
/// reporting another area's villages as empty.</summary>
public static class AreaRecord
{
    /// <summary>How a refused or missing value is named to the user.</summary>
    public const string OptionNames = "--kabupaten atau Pws:Kabupaten";

    public static string? Read(Dialect dialect, DbConnection connection, DbTransaction? transaction = null) =>
        connection.QuerySingleOrDefault<string>(Sql(dialect, "baca_wilayah_layanan"), transaction: transaction);

    /// <summary>For an import: checks <paramref name="configured"/> against the recorded area, records the
    /// configured or inferred area when none is recorded yet, and returns the area, or null while it
    /// cannot be known (a first import that has not loaded its wilayah kerja master yet).</summary>
    public static string? Claim(Dialect dialect, DbConnection connection, string? configured, DateTime now)
    {
        var recorded = Read(dialect, connection);
        var area = Decide(Normalize(configured), recorded, dialect.Location)
                   ?? connection.QuerySingleOrDefault<string>(Sql(dialect, "tebak_wilayah_layanan"));
        if (recorded is null && area is not null)
            connection.Execute(Sql(dialect, "catat_wilayah_layanan"), new { kode = area, dicatat_pada = now });
        return area;
    }

    /// <summary>For a reader (export, dashboard): the recorded area, or the configured one for a
    /// warehouse not imported yet; a disagreement or no area at all is refused.</summary>
    public static string Resolve(Dialect dialect, string? configured)
    {
        using var connection = dialect.Open();
        return Decide(Normalize(configured), Read(dialect, connection), dialect.Location)
               ?? throw new ServedAreaException(
                   $"Gudang data {dialect.Location} belum mencatat wilayah yang dilayaninya (belum pernah diimpor): " +
                   $"sebutkan {OptionNames}, misalnya 33.29.");
    }

    /// <summary>The configured area when it agrees with the recorded one (or none is recorded), else the recorded.</summary>
    public static string? Decide(string? configured, string? recorded, string location)
    {
        if (configured is not null && recorded is not null && configured != recorded)
            throw new ServedAreaException(
                $"Gudang data {location} melayani wilayah {recorded}, tetapi {OptionNames} meminta {configured}. " +
                $"Hapus opsi itu agar {recorded} dipakai, atau gunakan gudang data lain untuk {configured}.");
        return configured ?? recorded;
    }

    /// <summary>A kabupaten/kota code dotted (33.29) or not (3329), or a province code (33), to the dotted form;
    /// empty means not given.</summary>
    public static string? Normalize(string? kode)
    {
        if (string.IsNullOrWhiteSpace(kode)) return null;
        var digits = kode.Trim().Replace(".", "", StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
            throw new ServedAreaException(
                $"Kode wilayah '{kode}' tidak sah: tulis kabupaten/kota dengan 4 digit (33.29 atau 3329) atau provinsi dengan 2 digit (33).");
        return digits.Length == 2 ? digits : $"{digits[..2]}.{digits[2..]}";
    }

    /// <summary>A province deployment serves every kabupaten/kota of its province.</summary>
    public static bool IsProvince(string kode) => kode.Length == 2;

    private static string Sql(Dialect dialect, string name) => dialect.Sql(typeof(AreaRecord).Assembly, name);
}
