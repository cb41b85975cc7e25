using Pws.Etl.Import;
using Pws.Testing;
using static Pws.Etl.Tests.Sources.Fhir.SatuSehat;

namespace Pws.Etl.Tests.Import;

/// <summary>Symbolic links in the inbox through the real import: none leads the import out of the inbox.</summary>
public sealed class SymbolicLinkImportTests
{
    private TestWarehouse warehouse = null!;
    private TempFolder elsewhere = null!;

    [SetUp]
    public void Create()
    {
        warehouse = new TestWarehouse();
        elsewhere = new TempFolder();
    }

    [TearDown]
    public void Delete()
    {
        warehouse.Dispose();
        elsewhere.Dispose();
    }

    private static void Write(string path, params string[] lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
    }

    [Test]
    public void Files_and_folders_linked_from_outside_the_inbox_are_quarantined_unread_and_links_inside_it_are_read()
    {
        // Outside the inbox: a visit file with a bad row (its NIK would land in the quarantine), a FHIR bundle, a folder.
        Write(elsewhere["kunjungan_lain.csv"], InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("L-1", "2026-02-01", "P1", Nik, "33.29.01.2001"), "L-2,rusak,P1,3329014501800099,,P,,,,");
        Write(elsewhere["bundle.json"], Bundle(Patient(), Observation()));
        Write(elsewhere["puskesmas/kunjungan_2026.csv"], InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("L-3", "2026-02-01", "P2", Nik, "33.29.02.2001"));
        var inbox = warehouse.NewInbox()
            .File("P1/kunjungan_2026.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2026-02-01", "P1", Nik, "33.29.01.2001"))
            .File("P1/simpan/asli.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-2", "2026-02-02", "P1", Nik, "33.29.01.2001"));
        File.CreateSymbolicLink(Path.Combine(inbox.Root, "P1", "kunjungan_luar.csv"), elsewhere["kunjungan_lain.csv"]);
        File.CreateSymbolicLink(Path.Combine(inbox.Root, "P1", "kunjungan_dalam.csv"), Path.Combine("simpan", "asli.csv"));
        Directory.CreateDirectory(Path.Combine(inbox.Root, "P1", "fhir"));
        File.CreateSymbolicLink(Path.Combine(inbox.Root, "P1", "fhir", "luar.json"), elsewhere["bundle.json"]);
        Directory.CreateSymbolicLink(Path.Combine(inbox.Root, "P2"), elsewhere["puskesmas"]);

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Failed, Is.Empty);
            Assert.That(warehouse.Query<string>("SELECT concat_ws('|', sumber, alasan, coalesce(isi, '-')) FROM karantina ORDER BY sumber"),
                Is.EqualTo(new[]
                {
                    $"P1/fhir/luar.json|{InboxReader.OutsideInbox}|-",
                    $"P1/kunjungan_luar.csv|{InboxReader.OutsideInbox}|-",
                    $"P2|{InboxReader.OutsideInbox}|-",
                }));
            Assert.That(warehouse.Query<string>("SELECT id_kunjungan FROM kunjungan ORDER BY 1"), Is.EqualTo(new[] { "K-1", "K-2" }),
                "the link that stays inside the inbox is read");
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM fhir_observasi").Single(), Is.Zero);
        });

        // The next run still says so: the entries are the current state, not left over.
        warehouse.Import();
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM karantina").Single(), Is.EqualTo(3));
    }
}
