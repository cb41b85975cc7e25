using Microsoft.Extensions.DependencyInjection;
using Pws.Etl.Import;
using Pws.Testing;

namespace Pws.Etl.Tests.Import;

/// <summary>The nightly job's two workers each import a puskesmas: both are read at once, each merges alone.</summary>
public sealed class SourcesAtOnceTests
{
    private static string[] VisitFile(string kodePuskesmas, string kodeDesa) =>
    [
        InboxBuilder.KunjunganHeader,
        .. Enumerable.Range(1, 2_000).Select(i => InboxBuilder.Visit($"{kodePuskesmas}-{i}", "2025-01-05", kodePuskesmas, $"3329010101{i:D6}", kodeDesa)),
    ];

    [Test]
    public void Two_puskesmas_imported_by_two_workers_at_once_both_load_whole_and_are_recorded()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01", "P2,Puskesmas Dua,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P2,33.29.01.2002")
            .File("P1/kunjungan_2025-01.csv", VisitFile("P1", "33.29.01.2001"))
            .File("P2/kunjungan_2025-01.csv", VisitFile("P2", "33.29.01.2002"));
        using var services = warehouse.Services();
        var importer = services.GetRequiredService<Importer>();

        Assert.That(importer.RunSource(new ImportSource(ImportSource.Master, null, warehouse.Inbox)).Error, Is.Null);
        var runs = new[] { "P1", "P2" }.AsParallel().WithDegreeOfParallelism(2)
            .Select(kode => importer.RunSource(new ImportSource(ImportSource.Folder, kode, warehouse.Inbox))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(r => r.Error), Is.All.Null);
            Assert.That(warehouse.Query<string>("SELECT kode_puskesmas || ' ' || kode_desa || ' ' || count(*) FROM kunjungan " +
                                                "GROUP BY kode_puskesmas, kode_desa ORDER BY 1"),
                Is.EqualTo(new[] { "P1 33.29.01.2001 2000", "P2 33.29.01.2002 2000" }));
            Assert.That(warehouse.Query<string>("SELECT kode_puskesmas || ' ' || status || ' ' || baris_dimuat FROM etl_run " +
                                                "WHERE kode_puskesmas IS NOT NULL ORDER BY 1"),
                Is.EqualTo(new[] { "P1 BERHASIL 2000", "P2 BERHASIL 2000" }));
        });
    }
}
