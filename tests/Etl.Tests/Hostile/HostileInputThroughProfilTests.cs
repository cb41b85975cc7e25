using Pws.Etl.Sources.Profil;
using Pws.Testing;

namespace Pws.Etl.Tests.Hostile;

/// <summary>The hostile corpus (<c>Hostile/berkas</c>) read through pass-through intake profiles (each contract column
/// mapped to itself) ends as it does read as contract files: the run completes, the same rows load, the same files and
/// rows are quarantined with a reason, and no NIK is kept in clear.</summary>
[NonParallelizable]
public sealed class HostileInputThroughProfilTests
{
    private static readonly string Corpus = Path.Combine(RepositoryRoot.Path, "tests", "Etl.Tests", "Hostile", "berkas");

    private const string Siti = "3329014101950001", Ani = "3329014202960002", Budi = "3329010101600003";

    /// <summary>A profile that claims the contract's own files and maps every column to itself.</summary>
    private static string PassThrough(string jenis, string berkas) =>
        $"nama: lewat-{jenis}-{Path.GetExtension(berkas).TrimStart('.')}\njenis: {jenis}\nberlaku:\n  berkas: \"{berkas}\"\nkolom:\n"
        + string.Concat(ProfilParser.Fields(jenis).Select(field => $"  {field}: {field}\n"));

    private static InboxBuilder Inbox(TestWarehouse warehouse)
    {
        var inbox = warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001")
            .File("P1/kunjungan_aa_baik.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("BAIK-1", "2025-03-01", "P1", "3329010101900001", "33.29.01.2001"),
                InboxBuilder.Visit("BAIK-2", "2025-03-02", "P1", "3329010101900002", "33.29.01.2001"))
            // Bad rows that carry a NIK, whose karantina entries must not show it.
            .File("P1/kunjungan_ab_nik.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("NIK-1", "2025-03-03", "P1", Siti, "33.29.01.2001", layanan: "ANC_K9"),
                InboxBuilder.Visit("NIK-2", "2025-13-03", "P1", $"{Ani[..4]} {Ani[4..8]} {Ani[8..12]} {Ani[12..]}", "33.29.01.2001"))
            .File("P1/skrining_ab_nik.csv",
                "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk",
                $"S-1,2025-03-04,P1,{Budi},,L,1960-01-01,33.29.01.2001,150,95,,,T,T,CEK_SERENTAK,Y",
                $"S-2,2025-03-04,P1,{Siti},,P,1995-01-01,33.29.01.2001,400,95,,,T,T,CEK_SERENTAK,",
                $"S-3,2025-03-04,P1,{Ani}1,,P,1996-02-02,33.29.01.2001,120,80,,,T,T,,");
        foreach (var file in Directory.GetFiles(Corpus, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(inbox.Root, "P1", Path.GetRelativePath(Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return inbox;
    }

    private sealed record Entry(string Sumber, int? Baris, string? Kolom, string Alasan, string? Isi);

    private static List<Entry> Karantina(TestWarehouse warehouse) =>
        warehouse.Query<Entry>("SELECT sumber AS Sumber, baris AS Baris, kolom AS Kolom, alasan AS Alasan, isi AS Isi FROM karantina ORDER BY sumber, baris");

    private static List<(string, string, string, string)> Loaded(TestWarehouse warehouse) =>
        warehouse.Query<(string, string, string, string)>(
            "SELECT 'kunjungan', id_kunjungan, CAST(tanggal AS VARCHAR), kode_desa FROM kunjungan " +
            "UNION ALL SELECT 'skrining', id_skrining, CAST(tanggal AS VARCHAR), kode_desa FROM skrining ORDER BY 1, 2");

    [Test]
    public void The_hostile_corpus_read_through_pass_through_profiles_ends_as_it_does_read_as_contract_files()
    {
        using var kontrak = new TestWarehouse();
        using var profil = new TestWarehouse();
        Inbox(kontrak);
        Inbox(profil)
            .File("profil/lewat-kunjungan.yaml", PassThrough("kunjungan", "kunjungan_*.csv"))
            .File("profil/lewat-kunjungan-xlsx.yaml", PassThrough("kunjungan", "kunjungan_*.xlsx"))
            .File("profil/lewat-skrining.yaml", PassThrough("skrining", "skrining_*.csv"));

        var kontrakSummary = kontrak.Import();
        var profilSummary = profil.Import();

        var expected = Karantina(kontrak);
        var actual = Karantina(profil);
        TestContext.Out.WriteLine(string.Join("\n", actual.Select(q => $"{q.Sumber}:{q.Baris} [{q.Kolom}] {q.Alasan}")));
        var hostile = Directory.GetFiles(Corpus, "*", SearchOption.AllDirectories).Select(f => "P1/" + Path.GetRelativePath(Corpus, f).Replace('\\', '/')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(profilSummary.Failed, Is.Empty, "the run completes");
            Assert.That(Loaded(profil), Is.EqualTo(Loaded(kontrak)), "the same rows load");
            Assert.That(Loaded(profil).Select(r => r.Item2), Is.SupersetOf(new[] { "BAIK-1", "BAIK-2", "S-1" }));
            Assert.That(actual.Select(q => (q.Sumber, q.Baris)), Is.EqualTo(expected.Select(q => (q.Sumber, q.Baris))), "the same files and rows are quarantined");
            foreach (var file in hostile)
                Assert.That(actual.Where(q => q.Sumber == file).Select(q => q.Alasan), Is.Not.Empty.And.All.Not.Empty, file);
            Assert.That(profilSummary.Sources.Sum(s => s.RowsLoaded), Is.EqualTo(kontrakSummary.Sources.Sum(s => s.RowsLoaded)));
            foreach (var nik in new[] { Siti, Ani, Budi, $"{Ani[..4]} {Ani[4..8]} {Ani[8..12]} {Ani[12..]}" })
                Assert.That(actual.Select(q => $"{q.Alasan}|{q.Isi}"), Has.None.Contains(nik), "no NIK in clear in the karantina");
            Assert.That(actual.Count(q => q.Sumber.EndsWith("_nik.csv", StringComparison.Ordinal)), Is.EqualTo(4), "the rows with a NIK are there, masked");
        });
    }
}
