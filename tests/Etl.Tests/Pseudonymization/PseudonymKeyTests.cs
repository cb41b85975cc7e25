using System.Security.Cryptography;
using Pws.Etl.Pseudonymization;
using Pws.Testing;

namespace Pws.Etl.Tests.Pseudonymization;

/// <summary>A key file lost or swapped next to a warehouse with people stops the import before anything is
/// written: a new key would make every person a stranger to their own history.</summary>
public sealed class PseudonymKeyTests
{
    private TestWarehouse warehouse = null!;

    [SetUp]
    public void ImportOnePerson()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001")
            .File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("K-1", "2025-03-01", "P1", "3329010101900001", "33.29.01.2001"));
        warehouse.Import();
        warehouse.NewInbox().File("P1/kunjungan_2025b.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-2", "2025-03-02", "P1", "3329010101900001", "33.29.01.2001"));
    }

    [TearDown] public void Delete() => warehouse.Dispose();

    private List<string> People() => warehouse.Query<string>("SELECT DISTINCT id_orang FROM kunjungan");

    [Test]
    public void A_missing_key_file_next_to_a_warehouse_with_people_stops_the_import_and_no_new_key_is_made()
    {
        var people = People();
        File.Delete(warehouse.Settings.KeyFile);

        Assert.That(() => warehouse.Import(), Throws.TypeOf<PseudonymKeyException>()
            .With.Message.Contains("tidak ada").And.Message.Contains("Pulihkan berkas kunci dari cadangan"));
        Assert.That(File.Exists(warehouse.Settings.KeyFile), Is.False);
        Assert.That(warehouse.Query<string>("SELECT id_kunjungan FROM kunjungan"), Is.EqualTo(new[] { "K-1" }));
        Assert.That(People(), Is.EqualTo(people));
    }

    [Test]
    public void Another_key_file_is_refused()
    {
        File.WriteAllText(warehouse.Settings.KeyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        Assert.That(() => warehouse.Import(), Throws.TypeOf<PseudonymKeyException>().With.Message.Contains("bukan kunci gudang data"));
        Assert.That(warehouse.Query<string>("SELECT id_kunjungan FROM kunjungan"), Is.EqualTo(new[] { "K-1" }));
    }

    [Test]
    public void The_same_key_goes_on_pseudonymizing_the_same_person_alike()
    {
        warehouse.Import();

        Assert.That(warehouse.Query<long>("SELECT count(DISTINCT id_orang) FROM kunjungan").Single(), Is.EqualTo(1));
        Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.EqualTo(2));
    }
}
