using Pws.Etl.Cli;
using Pws.Testing;

namespace Pws.Etl.Tests.Cli;

/// <summary><c>coba</c> shows how a file would be read, with every problem and the counts, and writes nothing.</summary>
public sealed class CobaCommandTests
{
    private const string Profile = """
        nama: simpus-kunjungan
        jenis: kunjungan
        berlaku: {berkas: "simpus_*.csv"}
        berkas: {pemisah: ";"}
        kolom:
          id_kunjungan: {id_dari: ["No. RM", "Tanggal Kunjungan"]}
          tanggal: {kolom: "Tanggal Kunjungan", format_tanggal: "dd-MM-yyyy"}
          nik: NIK
          kode_desa: {kolom: Desa, pemetaan: desa}
          layanan: {kolom: Pelayanan, nilai: {"ANC K1": ANC_K1}}
        """;

    [Test]
    public void Coba_prints_the_mapped_rows_the_problems_and_the_counts_and_writes_nothing()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001");
        warehouse.Import();
        warehouse.NewInbox()
            .File("profil/simpus.yaml", Profile)
            .File("P1/simpus_2025-03.csv",
                "No. RM;NIK;Tanggal Kunjungan;Desa;Pelayanan",
                "RM-1;3329014303040356;03-03-2025;Banjaran;ANC K1",
                "RM-2;3329014303040357;31-02-2025;Banjaran;ANC K1",
                "RM-3;3329014303040358;04-03-2025;Dukuh Lama;ANC K1");
        var file = Path.Combine(warehouse.Inbox, "P1", "simpus_2025-03.csv");

        var output = ConsoleOutput.Capture(() => EtlCommand.Run(["coba", file, "--inbox", warehouse.Inbox, .. warehouse.CliArguments]), out var exit);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Contain("profil 'simpus-kunjungan'"));
            Assert.That(output, Does.Contain("baris 2: RM-1|03-03-2025 | 2025-03-03 | P1 | ************0356"));
            Assert.That(output, Does.Contain("baris 3, kolom Tanggal Kunjungan: Tanggal Kunjungan '31-02-2025' bukan tanggal dengan format dd-MM-yyyy"));
            Assert.That(output, Does.Contain("desa 'dukuh lama': 1 baris"));
            Assert.That(output, Does.Contain("Terbaca 3 baris: 1 akan dimuat, 2 akan dikarantina"));
            Assert.That(output, Does.Not.Contain("3329014303040356"));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM kunjungan").Single(), Is.Zero);
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
        });
    }

    [Test]
    public void Coba_with_a_bad_profile_names_the_file_and_the_key()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("profil/simpus.yaml", Profile.Replace("jenis: kunjungan", "jenis: kunjungan\nlembar: 2"))
            .File("P1/simpus_2025-03.csv", "No. RM;NIK;Tanggal Kunjungan;Desa;Pelayanan");

        var output = ConsoleOutput.Capture(() => EtlCommand.Run(
            ["coba", Path.Combine(warehouse.Inbox, "P1", "simpus_2025-03.csv"), "--profil", "simpus-kunjungan", "--inbox", warehouse.Inbox, .. warehouse.CliArguments]), out var exit);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain("profil/simpus.yaml").And.Contain("'lembar'"));
    }
}
