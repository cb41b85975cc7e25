using System.Data.Common;
using Dapper;
using Pws.Etl.Master.Wilayah;
using Pws.Etl.Pseudonymization;
using Pws.Etl.Validation;
using Pws.Reports.Catalog;
using Pws.Reports.Marts;
using Pws.Warehouse.Dialects;
using Pws.Warehouse.Settings;

namespace Pws.Etl.Import;

/// <summary>One import run over a folder inbox: read and validate every file, stage good rows and
/// quarantine bad ones, then merge facts, replace quarantine entries and rebuild the affected marts in
/// one transaction, so a failed run changes nothing.</summary>
public sealed class Importer(Dialect dialect, IndicatorCatalog catalog, PwsSettings settings, TimeProvider clock)
{
    private static readonly SemaphoreSlim OneRunAtATime = new(1, 1);
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    private static readonly string[] VisitColumns =
    [
        "urutan", "kode_puskesmas", "id_kunjungan", "tanggal", "id_orang", "jenis_kelamin", "tanggal_lahir",
        "kode_desa", "luar_wilayah", "layanan", "tempat", "sumber",
    ];

    private static readonly string[] ScreeningColumns =
    [
        "urutan", "kode_puskesmas", "id_skrining", "tanggal", "id_orang", "jenis_kelamin", "tanggal_lahir", "kode_desa",
        "luar_wilayah", "sistolik", "diastolik", "gula_darah_sewaktu", "kolesterol_total", "skrining_tb", "skrining_kusta",
        "kegiatan", "dirujuk", "sumber",
    ];

    private string Sql(string name) => dialect.Sql(typeof(Importer).Assembly, name);

    public ImportSummary Run(string inbox)
    {
        if (!Directory.Exists(inbox)) throw new InboxNotFoundException(inbox);
        OneRunAtATime.Wait();
        try
        {
            using var connection = dialect.Open();
            WilayahMaster.EnsureLoaded(dialect, connection);
            var summary = new ImportSummary
            {
                IdRun = connection.ExecuteScalar<long>(Sql("mulai_run"),
                    new { sumber = Path.GetFullPath(inbox), mulai = clock.GetUtcNow().UtcDateTime }),
            };
            try
            {
                var masters = Stage(connection, inbox, summary);
                Commit(connection, masters, summary);
            }
            catch (Exception e)
            {
                connection.Execute(Sql("selesai_run"), RunRecord(summary, "GAGAL", e.Message));
                throw;
            }
            return summary;
        }
        finally
        {
            OneRunAtATime.Release();
        }
    }

    /// <summary>Reads every file into the staging tables (good rows) and the staged quarantine.</summary>
    private MasterData Stage(DbConnection connection, string inbox, ImportSummary summary)
    {
        var villages = Codes(connection, 4);
        var context = new RowContext("", villages, settings.Kabupaten, catalog.Layanan,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Jakarta).DateTime),
            new Pseudonymizer(KeyFile.LoadOrCreate(settings.KeyFile)));

        connection.Execute(Sql("kosongkan_staging"));
        var masters = new MasterData();
        using var quarantine = new Quarantine(dialect.CreateBulkWriter(connection, null, "stg_karantina",
            ["sumber", "baris", "kolom", "alasan", "isi"]));
        using var visits = dialect.CreateBulkWriter(connection, null, "stg_kunjungan", VisitColumns);
        using var screenings = dialect.CreateBulkWriter(connection, null, "stg_skrining", ScreeningColumns);
        using var files = dialect.CreateBulkWriter(connection, null, "stg_berkas", ["sumber"]);

        var reader = new InboxReader(inbox, summary, quarantine, relativePath => files.Add(relativePath));
        reader.ReadMasters(masters, Codes(connection, 3), villages);
        long sequence = 0;
        foreach (var (puskesmas, file) in reader.PuskesmasFiles("kunjungan"))
        {
            var rowContext = context with { KodePuskesmas = puskesmas };
            reader.ReadRows(file, KunjunganRules.Required, KunjunganRules.Optional, record =>
            {
                var (row, problems) = KunjunganRules.Check(record, rowContext);
                if (row is null) return problems;
                visits.Add(++sequence, row.KodePuskesmas, row.IdKunjungan, row.Tanggal, row.IdOrang, row.JenisKelamin,
                    row.TanggalLahir, row.KodeDesa, row.LuarWilayah, row.Layanan, row.Tempat, file.Relative);
                return null;
            });
        }
        foreach (var (puskesmas, file) in reader.PuskesmasFiles("skrining"))
        {
            var rowContext = context with { KodePuskesmas = puskesmas };
            reader.ReadRows(file, SkriningRules.Required, SkriningRules.Optional, record =>
            {
                var (row, problems) = SkriningRules.Check(record, rowContext);
                if (row is null) return problems;
                AddScreening(screenings, ++sequence, row, file.Relative);
                return null;
            });
        }
        visits.Complete();
        screenings.Complete();
        quarantine.Complete();
        files.Complete();
        summary.RowsQuarantined = quarantine.Count;
        return masters;
    }

    private static void AddScreening(IBulkWriter writer, long sequence, SkriningRow row, string source) =>
        writer.Add(sequence, row.KodePuskesmas, row.IdSkrining, row.Tanggal, row.IdOrang, row.JenisKelamin, row.TanggalLahir,
            row.KodeDesa, row.LuarWilayah, row.Sistolik, row.Diastolik, row.GulaDarahSewaktu, row.KolesterolTotal,
            row.SkriningTb, row.SkriningKusta, row.Kegiatan, row.Dirujuk, source);

    /// <summary>Merges what was staged and rebuilds the marts of every year it touched, in one transaction.</summary>
    private void Commit(DbConnection connection, MasterData masters, ImportSummary summary)
    {
        using var transaction = connection.BeginTransaction();
        new MasterLoader(dialect, connection, transaction).Apply(masters);
        var years = connection.Query<int>(Sql("tahun_terdampak"), transaction: transaction)
            .Concat(masters.SasaranYears).Distinct().Order().ToList();
        var run = new { id_run = summary.IdRun };
        connection.Execute(Sql("gabung_kunjungan"), run, transaction);
        connection.Execute(Sql("gabung_skrining"), run, transaction);
        connection.Execute(Sql("ganti_karantina"), run, transaction);
        new MartBuilder(dialect, catalog, settings.Kabupaten, settings.CbrPerSeribu).Rebuild(connection, transaction, years);
        summary.YearsRebuilt.AddRange(years);
        connection.Execute(Sql("selesai_run"), RunRecord(summary, "BERHASIL", null), transaction);
        transaction.Commit();
    }

    private HashSet<string> Codes(DbConnection connection, int tingkat) =>
        connection.Query<string>(dialect.Sql(typeof(WilayahMaster).Assembly, "kode_wilayah"), new { tingkat })
            .ToHashSet(StringComparer.Ordinal);

    private object RunRecord(ImportSummary summary, string status, string? error) => new
    {
        id_run = summary.IdRun,
        selesai = clock.GetUtcNow().UtcDateTime,
        status,
        berkas = summary.Files,
        baris_dibaca = summary.RowsRead,
        baris_dimuat = summary.RowsLoaded,
        baris_dikarantina = summary.RowsQuarantined,
        pesan_galat = error,
    };
}
