using System.Diagnostics;
using Pws.Testing;

namespace Pws.Etl.Tests.Hostile;

/// <summary>The hostile corpus (<c>Hostile/berkas</c>, described in its README) dropped in a puskesmas folder
/// beside a good file: every hostile file ends in the quarantine with a reason, the run completes, the good
/// rows load, and memory stays bounded.</summary>
[NonParallelizable]
public sealed class HostileInputTests
{
    private static readonly string Corpus = Path.Combine(RepositoryRoot.Path, "tests", "Etl.Tests", "Hostile", "berkas");

    private sealed record Entry(string Sumber, int? Baris, string? Kolom, string Alasan, string? Isi);

    [Test]
    public void Every_hostile_file_ends_in_quarantine_with_a_reason_and_the_good_rows_load()
    {
        using var warehouse = new TestWarehouse();
        var inbox = warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001")
            .File("P1/kunjungan_aa_baik.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("BAIK-1", "2025-03-01", "P1", "3329010101900001", "33.29.01.2001"),
                InboxBuilder.Visit("BAIK-2", "2025-03-02", "P1", "3329010101900002", "33.29.01.2001"));
        var hostile = Directory.GetFiles(Corpus, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Corpus, f).Replace('\\', '/')).ToList();
        foreach (var file in hostile)
        {
            var target = Path.Combine(inbox.Root, "P1", file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Corpus, file), target);
        }

        var baseline = Process.GetCurrentProcess().WorkingSet64;
        long peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64);
                await Task.Delay(20);
            }
        });
        var summary = warehouse.Import();
        sampling.Cancel();
        sampler.Wait();

        var quarantine = warehouse.Query<Entry>("SELECT sumber AS Sumber, baris AS Baris, kolom AS Kolom, alasan AS Alasan, isi AS Isi FROM karantina");
        TestContext.Out.WriteLine(string.Join("\n", quarantine.Select(q => $"{q.Sumber}:{q.Baris} [{q.Kolom}] {q.Alasan}")));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Failed, Is.Empty, "the run completes");
            foreach (var file in hostile)
                Assert.That(quarantine.Where(q => q.Sumber == "P1/" + file).Select(q => q.Alasan), Is.Not.Empty.And.All.Not.Empty, file);
            Assert.That(warehouse.Query<string>("SELECT id_kunjungan FROM kunjungan WHERE id_kunjungan LIKE 'BAIK-%' ORDER BY 1"),
                Is.EqualTo(new[] { "BAIK-1", "BAIK-2" }));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan WHERE id_kunjungan LIKE 'Q-%'").Single(), Is.EqualTo(48),
                "the rows after an unclosed quote still load");
            Assert.That(quarantine.Max(q => q.Isi?.Length ?? 0), Is.LessThanOrEqualTo(4100), "a quarantined row keeps a readable excerpt");
            Assert.That((peak - baseline) / (1024 * 1024), Is.LessThan(300), "memory stays bounded (MB)");
        });
    }
}
