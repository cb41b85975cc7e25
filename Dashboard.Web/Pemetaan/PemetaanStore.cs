using Dapper;
using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Pemetaan;

/// <summary>One crosswalk entry: a value a puskesmas's export writes (normalised as the import reads it) and the
/// contract code it means, for one puskesmas or, with an empty <see cref="KodePuskesmas"/>, for every puskesmas.</summary>
public sealed record EntriPemetaan(string Jenis, string KodePuskesmas, string Nilai, string Kode, string DiubahOleh, DateTime DiubahPada);

/// <summary>A value the last import found no mapping for, with the rows it sent to the karantina.</summary>
/// <param name="KodePuskesmas">Empty for the master files (sasaran, JKN), which belong to no puskesmas.</param>
/// <param name="Kolom">The source columns it was read from.</param>
/// <param name="ContohBerkas">A few of the files holding it, most rows first.</param>
public sealed record NilaiMenunggu(string Jenis, string KodePuskesmas, string Nilai, IReadOnlyList<string> Kolom, long Baris,
    IReadOnlyList<string> ContohBerkas, int JumlahBerkas);

/// <summary>The crosswalk tables of the warehouse (<c>pemetaan</c>, <c>karantina_pemetaan</c>), read and written with
/// the page's parameters only; checking what is written is <see cref="PemetaanAdministration"/>'s.</summary>
public sealed class PemetaanStore(Dialect dialect)
{
    private const int SampleFiles = 3;

    private string Sql(string name) => dialect.Sql(typeof(PemetaanStore).Assembly, name);

    public IReadOnlyList<EntriPemetaan> Entries()
    {
        using var connection = dialect.Open();
        return connection.Query<EntriPemetaan>(Sql("pemetaan_semua")).ToList();
    }

    /// <summary>The values waiting for a mapping, most rows first.</summary>
    public IReadOnlyList<NilaiMenunggu> Waiting()
    {
        using var connection = dialect.Open();
        var perFile = connection.Query<(string KodePuskesmas, string Jenis, string Nilai, string Kolom, string Sumber, long Baris)>(
            Sql("pemetaan_menunggu")).ToList();
        return perFile
            .GroupBy(f => (f.KodePuskesmas, f.Jenis, f.Nilai))
            .Select(value =>
            {
                var files = value.GroupBy(f => f.Sumber).Select(f => (Sumber: f.Key, Baris: f.Sum(x => x.Baris)))
                    .OrderByDescending(f => f.Baris).ThenBy(f => f.Sumber, StringComparer.Ordinal).ToList();
                return new NilaiMenunggu(value.Key.Jenis, value.Key.KodePuskesmas, value.Key.Nilai,
                    value.Select(f => f.Kolom).Distinct().Order(StringComparer.Ordinal).ToList(), value.Sum(f => f.Baris),
                    files.Take(SampleFiles).Select(f => f.Sumber).ToList(), files.Count);
            })
            .OrderByDescending(v => v.Baris).ThenBy(v => v.Jenis, StringComparer.Ordinal).ThenBy(v => v.Nilai, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes the entries in one transaction, each replacing the entry of its value and puskesmas.</summary>
    public void Save(IReadOnlyList<EntriPemetaan> entries)
    {
        using var connection = dialect.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var entry in entries)
        {
            connection.Execute(Sql("pemetaan_hapus"), new { jenis = entry.Jenis, kode_puskesmas = entry.KodePuskesmas, nilai = entry.Nilai }, transaction);
            connection.Execute(Sql("pemetaan_tambah"), new
            {
                jenis = entry.Jenis, kode_puskesmas = entry.KodePuskesmas, nilai = entry.Nilai, kode = entry.Kode,
                diubah_oleh = entry.DiubahOleh, diubah_pada = entry.DiubahPada,
            }, transaction);
        }
        transaction.Commit();
    }

    /// <returns>Whether there was such an entry.</returns>
    public bool Delete(string jenis, string kodePuskesmas, string nilai)
    {
        using var connection = dialect.Open();
        return connection.Execute(Sql("pemetaan_hapus"), new { jenis, kode_puskesmas = kodePuskesmas, nilai }) > 0;
    }
}
