using Dapper;
using Pws.Core.Catalog;
using Pws.Core.Settings;
using Pws.Reports.Definitions;
using Pws.Reports.Freshness;
using Pws.Reports.Wilayah;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.TindakLanjut;

/// <summary>docs/domain.md, "Follow-up": for each list, the people whose first trigger's window passed before the list's
/// date (the last day of its month) without a follow-up service within it at any puskesmas. A person is on the list of
/// the puskesmas of their last contact (visit or screening) and appears once per list; without a NIK a person is
/// another at each puskesmas, as everywhere. Following people means reading the visits of every year, so each month's
/// lists of every puskesmas are kept until the next successful import run, and each reader's puskesmas and list are
/// taken from those.</summary>
[ReportService]
public sealed class TindakLanjutQuery(Dialect dialect, IndicatorCatalog catalog, ScreeningCutPoints cutPoints, AreaRollups rollups, DataVersion data)
{
    private readonly KeptUntilNextRun<Periode, TindakLanjutModel> semua = new(data);

    private sealed record Kontak(string IdOrang, string KodePuskesmas, string Id, DateTime Tanggal, string KodeDesa, string? JenisKelamin, DateTime? TanggalLahir);

    private string Sql(string name) => dialect.Sql(typeof(TindakLanjutQuery).Assembly, name);

    /// <param name="kodePuskesmas">One puskesmas's lists; null for every puskesmas.</param>
    /// <param name="jenis">One list by its code; null for all.</param>
    public TindakLanjutModel Run(Periode periode, string? kodePuskesmas, string? jenis)
    {
        var lists = jenis is null ? catalog.TindakLanjut : [Find(jenis)];
        var all = semua.Get(periode, Compute);
        var kode = lists.Select(l => l.Kode).ToHashSet(StringComparer.Ordinal);
        return all with
        {
            KodePuskesmas = kodePuskesmas,
            Jenis = lists,
            Rows = all.Rows.Where(r => kode.Contains(r.Jenis) && (kodePuskesmas is null || r.KodePuskesmas == kodePuskesmas)).ToList(),
        };
    }

    private TindakLanjutModel Compute(Periode periode)
    {
        var lists = catalog.TindakLanjut;
        var tanggal = DateOnly.FromDateTime(periode.Akhir);
        using var connection = dialect.Open();
        var overdue = lists.Select(list => (List: list, People: Overdue(connection, list, tanggal))).ToList();
        var people = overdue.SelectMany(o => o.People.Keys).ToHashSet(StringComparer.Ordinal);
        var contacts = people.Count == 0 ? []
            // Read as tuples: the engines give a DATE as different types, which only Dapper's tuple mapping converts.
            : connection.Query<(string, string, string, DateTime, string, string?, DateTime?)>(Sql("kontak_terakhir"), new { tanggal = periode.Akhir })
                .Where(k => people.Contains(k.Item1))
                .Select(k => new Kontak(k.Item1, k.Item2, k.Item3, k.Item4, k.Item5, k.Item6, k.Item7))
                .ToDictionary(k => k.IdOrang, StringComparer.Ordinal);
        var rollup = rollups.For(periode.Tahun);
        var villages = rollup.Villages.ToDictionary(v => v.KodeDesa, v => v.NamaDesa, StringComparer.Ordinal);

        var rows = new List<TindakLanjutRow>();
        foreach (var (list, byPerson) in overdue)
            foreach (var (idOrang, pemicu) in byPerson)
            {
                if (!contacts.TryGetValue(idOrang, out var kontak)) continue;
                var lahir = kontak.TanggalLahir is { } t ? DateOnly.FromDateTime(t) : (DateOnly?)null;
                rows.Add(new TindakLanjutRow(list.Kode, list.Nama, kontak.KodePuskesmas, kontak.Id, DateOnly.FromDateTime(kontak.Tanggal),
                    kontak.KodeDesa, villages.TryGetValue(kontak.KodeDesa, out var nama) ? rollup.NamaDesa(kontak.KodeDesa, nama)
                        : kontak.KodeDesa + TindakLanjutRow.LuarWilayah,
                    kontak.JenisKelamin, lahir is { } l ? Usia(l, tanggal) : null, pemicu, list.Batas(pemicu)));
            }
        return new TindakLanjutModel(periode, null, lists,
            rows.OrderBy(r => r.KodePuskesmas, StringComparer.Ordinal).ThenBy(r => lists.ToList().FindIndex(l => l.Kode == r.Jenis))
                .ThenBy(r => r.DiLuarWilayah).ThenBy(r => r.NamaDesa, StringComparer.Ordinal).ThenBy(r => r.Tanggal).ThenBy(r => r.IdKunjungan, StringComparer.Ordinal).ToList());
    }

    public TindakLanjutJenis Find(string kode) =>
        catalog.TindakLanjut.FirstOrDefault(l => string.Equals(l.Kode, kode, StringComparison.OrdinalIgnoreCase))
        ?? throw FilterParser.NotOneOf("jenis", kode, catalog.TindakLanjut.Select(l => l.Kode));

    /// <summary>Each overdue person with their first trigger: its window passed before the list's date, and no follow-up
    /// fell within it.</summary>
    private Dictionary<string, DateOnly> Overdue(System.Data.Common.DbConnection connection, TindakLanjutJenis list, DateOnly tanggal)
    {
        var (pemicu, lanjutan) = Events(connection, list, tanggal);
        var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (idOrang, first) in pemicu)
        {
            var batas = list.Batas(first);
            if (batas >= tanggal) continue;
            if (lanjutan.TryGetValue(idOrang, out var dates) && dates.Any(d => d >= first && d <= batas)) continue;
            result[idOrang] = first;
        }
        return result;
    }

    /// <summary>Each person's first trigger, and the dates of their follow-up services.</summary>
    private (Dictionary<string, DateOnly> Pemicu, Dictionary<string, List<DateOnly>> Lanjutan) Events(System.Data.Common.DbConnection connection,
        TindakLanjutJenis list, DateOnly tanggal)
    {
        var pemicu = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var lanjutan = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        void Trigger(string idOrang, DateOnly date)
        {
            if (!pemicu.TryGetValue(idOrang, out var known) || date < known) pemicu[idOrang] = date;
        }
        var akhir = tanggal.ToDateTime(TimeOnly.MinValue);

        var layanan = list.Pemicu is TindakLanjutJenis.Lahir or TindakLanjutJenis.TekananDarahTinggi or TindakLanjutJenis.GulaDarahTinggi
            ? list.Lanjutan : [list.Pemicu, .. list.Lanjutan];
        foreach (var (idOrang, kode, date) in connection.Query<(string, string, DateTime)>(Sql("pemicu_layanan"), new { tanggal = akhir, layanan }))
        {
            var day = DateOnly.FromDateTime(date);
            if (kode == list.Pemicu) Trigger(idOrang, day);
            if (list.Lanjutan.Contains(kode))
            {
                if (!lanjutan.TryGetValue(idOrang, out var dates)) lanjutan[idOrang] = dates = [];
                dates.Add(day);
            }
        }

        if (list.Pemicu == TindakLanjutJenis.Lahir)
            // A baby: seen before its first birthday; the window runs from birth.
            foreach (var (idOrang, lahir, first) in connection.Query<(string, DateTime, DateTime)>(Sql("pemicu_lahir"), new { tanggal = akhir }))
            {
                var born = DateOnly.FromDateTime(lahir);
                if (DateOnly.FromDateTime(first) < born.AddYears(1)) Trigger(idOrang, born);
            }
        else if (list.Pemicu is TindakLanjutJenis.TekananDarahTinggi or TindakLanjutJenis.GulaDarahTinggi)
            foreach (var (idOrang, date, tensi, gula) in connection.Query<(string, DateTime, int, int)>(Sql("pemicu_skrining"), new
            {
                tanggal = akhir, sistolik = cutPoints.Sistolik, diastolik = cutPoints.Diastolik, gula_darah = cutPoints.GulaDarahSewaktu,
            }))
                if (list.Pemicu == TindakLanjutJenis.TekananDarahTinggi ? tensi == 1 : gula == 1) Trigger(idOrang, DateOnly.FromDateTime(date));
        return (pemicu, lanjutan);
    }

    private static int Usia(DateOnly lahir, DateOnly pada) =>
        pada.Year - lahir.Year - (pada.Month < lahir.Month || pada.Month == lahir.Month && pada.Day < lahir.Day ? 1 : 0);
}
