using Pws.Core.Time;
using System.Data.Common;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Dapper;
using Pws.Etl.Master.Wilayah;
using Pws.Etl.Pseudonymization;
using Pws.Etl.Sources.Fhir;
using Pws.Etl.Sources.Profil;
using Pws.Etl.Validation;
using Pws.Core.Catalog;
using Pws.Core.Inbox;
using Pws.Etl.Marts;
using Pws.Warehouse.Dialects;
using Pws.Core.Area;
using Pws.Core.Settings;
using Pws.Warehouse.Wilayah;

namespace Pws.Etl.Import;

/// <summary>Imports sources, each in a run of its own. Each source is read and validated into staging (good rows) and
/// the staged karantina (on the embedded warehouse in its connection's temporary tables, so two sources are read at
/// once), then merged, one source at a time, in one transaction with its karantina entries, its run record and the
/// years whose marts it changed; a failed source changes nothing. The marts of those years are then
/// rebuilt in a transaction of their own, so readers never see a half-built mart.</summary>
public sealed class Importer(Dialect dialect, IndicatorCatalog catalog, PwsSettings settings, ServedArea servedArea, TimeProvider clock)
{
    private static readonly SemaphoreSlim OneRunAtATime = new(1, 1);

    private static readonly Lock Starting = new();

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

    private static readonly string[] AgregatColumns =
        ["urutan", "kode_puskesmas", "kode_desa", "tahun", "bulan", "layanan", "jumlah", "sumber"];

    private static readonly string[] AgregatSkriningColumns =
        ["urutan", "kode_puskesmas", "kode_desa", "tahun", "bulan", "ukuran", "diskrining", "ditandai", "sumber"];

    private static readonly string[] FhirPatientColumns =
        ["urutan", "kode_puskesmas", "id_pasien", "id_orang", "jenis_kelamin", "tanggal_lahir", "kode_desa", "luar_wilayah", "sumber"];

    private static readonly string[] FhirObservationColumns =
        ["urutan", "kode_puskesmas", "id_observasi", "ukuran", "id_pasien", "tanggal", "nilai", "sumber"];

    /// <summary>Pulls start this long before the stored watermark: a resource written during the previous
    /// pull may carry a slightly older timestamp. Re-reading is harmless, loads are keyed by id.</summary>
    private static readonly TimeSpan WatermarkMargin = TimeSpan.FromMinutes(5);

    private string Sql(string name) => dialect.Sql(typeof(Importer).Assembly, name);

    /// <summary>Files checked under other rules are read again (see <see cref="LoadedFiles"/>); a first import's master
    /// files may be read before the area is known.</summary>
    private string RulesVersion(string area) => LoadedFiles.RulesVersion(area, catalog.Layanan);

    /// <summary>Every source of the inbox (and any FHIR servers given), then the pending marts. The master files and the
    /// first source go alone (the others are read against the master data, the key and the area they settle); the rest
    /// are read and validated two at a time where each connection stages apart, and merged one at a time in their
    /// order.</summary>
    public ImportSummary Run(string inbox, IEnumerable<ImportSource>? servers = null)
    {
        if (!Directory.Exists(inbox)) throw new InboxNotFoundException(inbox);
        var sources = ImportSource.FromInbox(inbox).Concat(servers ?? []).ToList();
        var alone = Math.Min(sources.Count, Math.Max(1, sources.TakeWhile(s => s.Jenis == ImportSource.Master).Count()));
        var summaries = new SourceSummary[sources.Count];
        var codes = new KodeWilayahBerlaku(dialect);
        for (var i = 0; i < alone; i++) summaries[i] = RunSource(sources[i], codes);
        var side = dialect.StagesPerConnection ? Math.Clamp(Environment.ProcessorCount, 1, 2) : 1;
        if (side == 1)
            for (var i = alone; i < sources.Count; i++) summaries[i] = RunSource(sources[i], codes);
        else
            RunSideBySide(sources, summaries, alone, side, codes);
        var summary = new ImportSummary();
        summary.Sources.AddRange(summaries);
        summary.YearsRebuilt.AddRange(RebuildPendingMarts());
        return summary;
    }

    /// <summary>Each worker takes the next source in order, so the source whose turn comes next is always being read
    /// by one of them. Staging is this process's own work (parsing, validating, pseudonymizing): on two cores, one
    /// source is read while the one before it merges.</summary>
    private void RunSideBySide(List<ImportSource> sources, SourceSummary[] summaries, int from, int workers, KodeWilayahBerlaku codes)
    {
        var turns = new MergeTurns(from, sources.Count);
        var taken = from - 1;
        var running = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(() =>
        {
            for (var i = Interlocked.Increment(ref taken); i < sources.Count; i = Interlocked.Increment(ref taken))
            {
                var index = i;
                try
                {
                    summaries[index] = RunGuarded(sources[index], () => MergeInTurn(turns, index), codes);
                }
                finally
                {
                    turns.Finish(index);
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        try
        {
            Task.WaitAll(running);
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
        }
    }

    private sealed class Released(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }

    private sealed class NothingHeld : IDisposable
    {
        public void Dispose() { }
    }

    /// <summary>One source in its own run; its failure is recorded and returned, not thrown, so the
    /// caller can go on with the other puskesmas. Where each connection stages apart, only its merge waits for the
    /// other runs (the nightly job's two workers read two puskesmas at once).</summary>
    public SourceSummary RunSource(ImportSource source) => RunSource(source, new KodeWilayahBerlaku(dialect));

    private SourceSummary RunSource(ImportSource source, KodeWilayahBerlaku codes)
    {
        if (dialect.StagesPerConnection) return RunGuarded(source, MergeAlone, codes);
        OneRunAtATime.Wait();
        try
        {
            return RunGuarded(source, () => new NothingHeld(), codes);
        }
        finally
        {
            OneRunAtATime.Release();
        }
    }

    private static IDisposable MergeInTurn(MergeTurns turns, int source)
    {
        turns.WaitTurn(source);
        return MergeAlone();
    }

    private static IDisposable MergeAlone()
    {
        OneRunAtATime.Wait();
        return new Released(OneRunAtATime);
    }

    /// <param name="merging">Waits for the source's turn to merge; held while it merges.</param>
    private SourceSummary RunGuarded(ImportSource source, Func<IDisposable> merging, KodeWilayahBerlaku codes)
    {
        var summary = new SourceSummary(source);
        try
        {
            RunSourceOnce(source, summary, merging, codes);
        }
        catch (Exception e) when (dialect.IsFatalAnywhere(e))
        {
            // The engine forgot the source's transaction with everything else: nothing of it was committed, so its files
            // are read again by the next run. The run record says why once the warehouse answers again.
            dialect.Reopen(e).GetAwaiter().GetResult();
            summary.Error = $"Impor terputus: gudang data mengalami galat fatal dan dibuka ulang; sumber ini diimpor lagi pada impor berikutnya. ({FirstLine(e.Message)})";
            using var connection = dialect.Open();
            // A run still "BERJALAN" in the embedded warehouse, this process's alone, is one the error cut off: this one,
            // also when the error came as its start was being recorded, or one read beside it. A run whose start was
            // lost is recorded now.
            var marked = dialect is DuckDbDialect
                ? connection.Execute(Sql("tandai_run_terputus"), new { selesai = clock.GetUtcNow().UtcDateTime, pesan_galat = summary.Error })
                : 0;
            if (marked == 0)
            {
                if (summary.IdRun == 0) summary.IdRun = StartRun(connection, source);
                connection.Execute(Sql("selesai_run"), RunRecord(summary, "GAGAL", summary.Error));
            }
        }
        return summary;
    }

    private long StartRun(DbConnection connection, ImportSource source) => connection.ExecuteScalar<long>(Sql("mulai_run"), new
    {
        sumber = source.FhirServer?.ToString() ?? Path.GetFullPath(source.Inbox),
        jenis_sumber = source.Jenis,
        kode_puskesmas = source.KodePuskesmas,
        mulai = clock.GetUtcNow().UtcDateTime,
    });

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private void RunSourceOnce(ImportSource source, SourceSummary summary, Func<IDisposable> merging, KodeWilayahBerlaku codes)
    {
        using var connection = dialect.Open();
        string area;
        byte[] key;
        // A first import loads the Kemendagri codes, records the area and the key's fingerprint: two runs starting at
        // once would both write them.
        lock (Starting)
        {
            if (connection.ExecuteScalar<int>(Sql("kunci_impor")) < 0)
                throw new WarehouseUnavailableException($"Impor lain masih berjalan di {dialect.Location}.", new TimeoutException());
            WilayahMaster.EnsureLoaded(dialect, connection);
            area = ClaimArea(connection, required: source.Jenis != ImportSource.Master) ?? "";
            key = PseudonymKey.Load(dialect, connection, settings.KeyFile, clock.GetUtcNow().UtcDateTime);
            summary.IdRun = StartRun(connection, source);
        }
        try
        {
            var (masters, watermark) = Stage(connection, source, summary, key, area, codes);
            using (merging())
            {
                Commit(connection, source, masters, watermark, summary);
                // A first import's master files are what tell the area when nobody named it.
                if (source.Jenis == ImportSource.Master) ClaimArea(connection, required: false);
                else summary.ObservationsWaiting = connection.ExecuteScalar<long>(Sql("jumlah_observasi_menunggu"),
                    new { kode_puskesmas = source.KodePuskesmas });
            }
        }
        catch (Exception e) when (e is not WarehouseUnavailableException && !dialect.IsFatalAnywhere(e))
        {
            summary.Error = e.Message;
            connection.Execute(Sql("selesai_run"), RunRecord(summary, "GAGAL", e.Message));
        }
    }

    /// <summary>After the catalog or the CBR setting changed: every year with data is rebuilt.</summary>
    public IReadOnlyList<int> RebuildAllMarts()
    {
        using (var connection = dialect.Open())
            connection.Execute(Sql("tandai_mart"), connection.Query<int>(Sql("tahun_data")).Select(tahun => new { tahun }));
        return RebuildPendingMarts();
    }

    /// <summary>Rebuilds the marts of every year a committed source changed; returns those years.</summary>
    public IReadOnlyList<int> RebuildPendingMarts()
    {
        OneRunAtATime.Wait();
        try
        {
            return RebuildPendingMartsOnce();
        }
        catch (Exception e) when (dialect.IsFatalAnywhere(e))
        {
            // The years stay marked pending in the warehouse: the next run builds them.
            dialect.Reopen(e).GetAwaiter().GetResult();
            throw new WarehouseUnavailableException(
                $"Pembangunan ulang mart terputus: gudang data mengalami galat fatal dan dibuka ulang; mart dibangun lagi pada impor berikutnya. ({FirstLine(e.Message)})", e);
        }
        finally
        {
            OneRunAtATime.Release();
        }
    }

    private IReadOnlyList<int> RebuildPendingMartsOnce()
    {
        using var connection = dialect.Open();
        var pending = connection.ExecuteScalar<long>(Sql("jumlah_mart_tertunda"));
        if (pending == 0) return [];
        var kabupaten = ClaimArea(connection, required: true)!;
        using var transaction = connection.BeginTransaction();
        var years = connection.Query<int>(Sql("mart_tertunda"), transaction: transaction).ToList();
        new MartBuilder(dialect, catalog, kabupaten, settings.CbrPerSeribu, settings.Skrining).Rebuild(connection, transaction, years);
        connection.Execute(Sql("selesai_mart"), years.Select(tahun => new { tahun }), transaction);
        transaction.Commit();
        return years;
    }

    /// <summary>Settles which kabupaten this warehouse serves before anything is loaded: a configured value
    /// that disagrees with the recorded one stops the import. Only the master files can be loaded while
    /// the area is still unknown, since the area may be inferred from their wilayah kerja.</summary>
    private string? ClaimArea(DbConnection connection, bool required)
    {
        var area = servedArea.Claim(connection, clock.GetUtcNow().UtcDateTime);
        if (area is null && required)
            throw new ServedAreaException(
                $"Wilayah yang dilayani gudang data {dialect.Location} belum diketahui: sebutkan {AreaRecord.OptionNames} " +
                "pada impor pertama, atau sertakan master/wilayah_kerja.csv di inbox.");
        return area;
    }

    /// <summary>Reads the source into the staging tables (good rows) and the staged karantina; for a FHIR
    /// server, also returns the highest meta.lastUpdated it loaded.</summary>
    private (MasterData, DateTimeOffset?) Stage(DbConnection connection, ImportSource source, SourceSummary summary, byte[] key, string area,
        KodeWilayahBerlaku codes)
    {
        var villages = codes.Desa(connection);
        var pemetaan = Pemetaan.Load(dialect, connection, source.KodePuskesmas ?? "", area, villages, catalog.Layanan);
        using var pseudonymizer = new Pseudonymizer(key);
        var context = new RowContext(source.KodePuskesmas ?? "", villages, area, catalog.Layanan,
            Wib.Today(clock), pseudonymizer) { KodeDesaPengganti = pemetaan.KodeDesaPengganti };

        var profiles = ProfilSet.Load(source.Inbox);
        var folder = source.KodePuskesmas ?? InboxReader.MasterFolder;
        if (source.Jenis != ImportSource.Fhir && Directory.Exists(Path.Combine(source.Inbox, folder))
            && profiles.ErrorFor(folder, Directory.GetFiles(Path.Combine(source.Inbox, folder)).Select(Path.GetFileName).ToList()!,
                InboxReader.IsContractFile) is { } profileError)
            throw new ProfilException(profileError);
        var intake = new ProfilIntake(profiles, pemetaan, context.Pseudonymizer, source.KodePuskesmas ?? "");

        connection.Execute(Sql("kosongkan_staging"));
        var masters = new MasterData();
        using var karantina = new Karantina(
            dialect.CreateBulkWriter(connection, null, "stg_karantina", ["sumber", "baris", "kolom", "alasan", "isi"]),
            dialect.CreateBulkWriter(connection, null, "stg_karantina_pemetaan", ["sumber", "baris", "kode_puskesmas", "jenis", "kolom", "nilai"]),
            source.KodePuskesmas ?? "");
        using var visits = dialect.CreateBulkWriter(connection, null, "stg_kunjungan", VisitColumns);
        using var screenings = dialect.CreateBulkWriter(connection, null, "stg_skrining", ScreeningColumns);
        using var counts = dialect.CreateBulkWriter(connection, null, "stg_agregat", AgregatColumns);
        using var recaps = dialect.CreateBulkWriter(connection, null, "stg_agregat_skrining", AgregatSkriningColumns);
        using var files = dialect.CreateBulkWriter(connection, null, "stg_berkas", ["sumber", "ukuran", "sidik"]);
        using var fhirPatients = dialect.CreateBulkWriter(connection, null, "stg_fhir_pasien", FhirPatientColumns);
        using var fhirObservations = dialect.CreateBulkWriter(connection, null, "stg_fhir_observasi", FhirObservationColumns);
        using var fhirCancelled = dialect.CreateBulkWriter(connection, null, "stg_fhir_observasi_batal", ["kode_puskesmas", "id_observasi"]);
        var fhir = new FhirStaging(context, fhirPatients, fhirObservations, fhirCancelled, karantina, summary);
        DateTimeOffset? watermark = null;

        var loaded = source.Jenis == ImportSource.Fhir
            ? LoadedFiles.None
            : LoadedFiles.Read(dialect, connection, folder, RulesVersion(area), intake.RulesOf, Wib.Today(clock));
        var reader = new InboxReader(source.Inbox, summary, karantina, file =>
        {
            var (size, fingerprint) = loaded.Of(file);
            files.Add(file.Relative, size, fingerprint);
        }, loaded.Pending, sumber => files.Add(sumber, null, null), intake);
        if (source.Jenis == ImportSource.Master) reader.ReadMasters(masters, codes.Kecamatan(connection), villages);
        if (source.Jenis == ImportSource.Folder)
        {
            long sequence = 0;
            foreach (var file in reader.PuskesmasFiles(context.KodePuskesmas, "kunjungan"))
                reader.ReadRows(file, JenisBerkas.Kunjungan.Wajib, JenisBerkas.Kunjungan.Opsional, record =>
                {
                    var (row, problems) = KunjunganRules.Check(record, context);
                    if (row is null) return problems;
                    visits.Add(++sequence, row.KodePuskesmas, row.IdKunjungan, row.Tanggal, row.IdOrang, row.JenisKelamin,
                        row.TanggalLahir, row.KodeDesa, row.LuarWilayah, row.Layanan, row.Tempat, file.Relative);
                    return null;
                });
            foreach (var file in reader.PuskesmasFiles(context.KodePuskesmas, "skrining"))
                reader.ReadRows(file, JenisBerkas.Skrining.Wajib, JenisBerkas.Skrining.Opsional, record =>
                {
                    var (row, problems) = SkriningRules.Check(record, context);
                    if (row is null) return problems;
                    screenings.Add(++sequence, row.KodePuskesmas, row.IdSkrining, row.Tanggal, row.IdOrang, row.JenisKelamin,
                        row.TanggalLahir, row.KodeDesa, row.LuarWilayah, row.Sistolik, row.Diastolik, row.GulaDarahSewaktu,
                        row.KolesterolTotal, row.SkriningTb, row.SkriningKusta, row.Kegiatan, row.Dirujuk, file.Relative);
                    return null;
                });
            // Counts are held against the villages' sasaran, read only when the folder sends counts.
            BatasSasaran? batas = null;
            foreach (var file in reader.PuskesmasFiles(context.KodePuskesmas, Profil.Agregat))
            {
                batas ??= BatasSasaran.Load(dialect, connection, catalog, area);
                reader.ReadRows(file, JenisBerkas.Agregat.Wajib, JenisBerkas.Agregat.Opsional, record =>
                {
                    var (count, recap, problems) = AgregatRules.Check(record, context, batas);
                    if (problems.Count > 0) return problems;
                    if (count is not null)
                        counts.Add(++sequence, count.KodePuskesmas, count.KodeDesa, count.Tahun, count.Bulan, count.Layanan, count.Jumlah, file.Relative);
                    if (recap is not null)
                        recaps.Add(++sequence, recap.KodePuskesmas, recap.KodeDesa, recap.Tahun, recap.Bulan, recap.Ukuran, recap.Diskrining,
                            recap.Ditandai, file.Relative);
                    return null;
                });
            }
            foreach (var file in reader.FhirFiles(context.KodePuskesmas))
                reader.ReadFhir(file, item => fhir.Add(item, file.Relative));
        }
        if (source.Jenis == ImportSource.Fhir) watermark = Pull(connection, source, summary, fhir, sumber => files.Add(sumber, null, null));
        summary.FilesUnchanged = loaded.Skipped;
        if (intake.Skipped.Count > 0)
            summary.Notes.Add($"{source.Label}: {intake.Skipped.Count} baris dilewati karena profil menyatakannya bukan data PWS " +
                              $"({string.Join(", ", intake.Skipped.Top(3).Select(v => $"{v.Value}: {v.Rows}"))}).");
        visits.Complete();
        screenings.Complete();
        counts.Complete();
        recaps.Complete();
        karantina.Complete();
        files.Complete();
        fhirPatients.Complete();
        fhirObservations.Complete();
        fhirCancelled.Complete();
        summary.RowsQuarantined = karantina.Count;
        return (masters, watermark);
    }

    /// <summary>Pulls what changed on the puskesmas' FHIR server since its watermark. Each resource is a
    /// karantina "source" of its own (its URL), so a resource fixed on the server clears its entry.</summary>
    private DateTimeOffset? Pull(DbConnection connection, ImportSource source, SourceSummary summary, FhirStaging fhir, Action<string> resourceRead)
    {
        var server = source.FhirServer!;
        var stored = connection.QuerySingleOrDefault<string>(Sql("baca_watermark"), new { sumber = server.AbsoluteUri });
        DateTimeOffset? since = stored is null ? null : DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture) - WatermarkMargin;
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var pull = new FhirServerClient(http, server, new FhirServerOptions
        {
            MaxAttempts = settings.FhirPull.MaxAttempts,
            BaseDelay = settings.FhirPull.BaseDelay,
            RequestTimeout = settings.FhirPull.RequestTimeout,
        }).Pull(since);
        summary.Files = 1;
        var basePath = server.AbsoluteUri.TrimEnd('/') + "/";
        // A resource can come twice in one pull (a Patient updated between pages): its source is listed once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in pull.ToBlockingEnumerable())
        {
            var sumber = item.Entry is { } entry ? basePath + entry.Label : server.AbsoluteUri;
            if (seen.Add(sumber)) resourceRead(sumber);
            fhir.Add(item, sumber);
        }
        if (pull.UnresolvedPatientIds.Count > 0)
            summary.Notes.Add($"{source.Label}: {pull.UnresolvedPatientIds.Count} pasien tidak ada lagi di server; observasinya menunggu.");
        return pull.HighestLastUpdated;
    }

    /// <summary>Merges what was staged, marks the years whose marts it changed, advances a FHIR server's
    /// watermark, and records the run, all in one transaction.</summary>
    private void Commit(DbConnection connection, ImportSource source, MasterData masters, DateTimeOffset? watermark, SourceSummary summary)
    {
        // A source whose files are all unchanged has nothing to merge: the merges would still scan the facts.
        if (summary.Files == 0 && source.Jenis != ImportSource.Fhir)
        {
            connection.Execute(Sql("selesai_run"), RunRecord(summary, "BERHASIL", null));
            return;
        }
        using var transaction = connection.BeginTransaction();
        new MasterLoader(dialect, connection, transaction).Apply(masters);
        // Every staged fact belongs to the source's puskesmas: the merges look at its rows only.
        var puskesmas = new { id_run = summary.IdRun, kode_puskesmas = source.KodePuskesmas ?? "" };
        var years = connection.Query<int>(Sql("tahun_terdampak"), puskesmas, transaction).Concat(masters.SasaranYears)
            // Every year's figures per puskesmas sum its wilayah kerja as it is now.
            .Concat(masters.WilayahKerja.Count > 0 ? connection.Query<int>(Sql("tahun_data"), transaction: transaction) : [])
            .Distinct();
        connection.Execute(Sql("tandai_mart"), years.Select(tahun => new { tahun }), transaction);
        var run = new { id_run = summary.IdRun };
        connection.Execute(Sql("gabung_kunjungan"), puskesmas, transaction);
        connection.Execute(Sql("gabung_skrining"), puskesmas, transaction);
        connection.Execute(Sql("gabung_agregat"), puskesmas, transaction);
        connection.Execute(Sql("gabung_fhir"), run, transaction);
        if (watermark is { } highest)
            connection.Execute(Sql("simpan_watermark"),
                new { sumber = source.FhirServer!.AbsoluteUri, last_updated = highest.ToString("O", CultureInfo.InvariantCulture) }, transaction);
        connection.Execute(Sql("ganti_karantina"), run, transaction);
        connection.Execute(Sql("catat_berkas"), new { id_run = summary.IdRun, hari = LoadedFiles.Day(Wib.Today(clock)) }, transaction);
        NoteCountsPeopleReplace(connection, transaction, source, summary);
        connection.Execute(Sql("selesai_run"), RunRecord(summary, "BERHASIL", null), transaction);
        transaction.Commit();
    }

    /// <summary>People win: a puskesmas's count for a service and month it also sent people for is not counted. The
    /// summary says which, so the puskesmas can stop sending the count.</summary>
    private void NoteCountsPeopleReplace(DbConnection connection, DbTransaction transaction, ImportSource source, SourceSummary summary)
    {
        if (source.KodePuskesmas is null) return;
        var replaced = connection.Query<(string Layanan, int Tahun, int Bulan, int Baris)>(Sql("agregat_diganti_orang"),
            new { kode_puskesmas = source.KodePuskesmas }, transaction).ToList();
        if (replaced.Count == 0) return;
        summary.Notes.Add($"{source.Label}: {replaced.Sum(r => r.Baris)} baris agregat tidak dihitung karena puskesmas ini juga mengirim " +
                          "data per orang untuk layanan dan bulan yang sama (data per orang yang dipakai): " +
                          string.Join(", ", replaced.Take(5).Select(r => $"{r.Layanan} {r.Tahun}-{r.Bulan:00}")) +
                          (replaced.Count > 5 ? $", dan {replaced.Count - 5} lainnya" : "") + ".");
    }

    private object RunRecord(SourceSummary summary, string status, string? error) => new
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
