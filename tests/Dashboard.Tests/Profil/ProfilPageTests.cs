using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Tests.Pemetaan;
using Pws.Dashboard.Web.Audit;
using Pws.Dashboard.Web.Profil;

namespace Pws.Dashboard.Tests.Profil;

/// <summary>/profil over HTTP and the actions behind it: a profile is written only once it parses, a bad one is refused
/// naming its key, a name that is a path is never made into one, and a sample export is tried without writing anything.</summary>
[NonParallelizable]
public sealed class ProfilPageTests
{
    private DashboardApp app = null!;

    [OneTimeSetUp]
    public void Start() => app = SimpusDashboard.Start();

    [OneTimeTearDown]
    public async Task Stop() => await app.DisposeAsync();

    private ProfilFolder Profiles => app.Services.GetRequiredService<ProfilFolder>();

    private string ProfilFolderPath => Path.Combine(app.Inbox, "profil");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private IReadOnlyList<JejakAudit> Trail(string peristiwa) =>
        app.Services.GetRequiredService<AuditTrail>().Read(DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(1), "admin-uji", peristiwa);

    [Test]
    public async Task A_valid_profile_is_saved_listed_downloaded_and_deleted_each_step_audited()
    {
        var text = SimpusDashboard.Profile.Replace("nama: simpus-kunjungan", "nama: simpus-lama").Replace("simpus_*.csv", "lama_*.csv");

        var saved = Profiles.Upload(app.Principal("admin-uji"), "simpus-lama.yaml", Utf8(text));
        using var client = await app.As("admin-uji");
        var page = await client.GetStringAsync("/profil");
        var download = await client.GetAsync("/ekspor/profil/simpus-lama.yaml");

        Assert.That(saved.Berhasil, Is.True, saved.Pesan);
        Assert.That(page, Does.Contain("data-berkas=\"simpus-lama.yaml\"").And.Contain("simpus-lama").And.Contain("lama_*.csv di setiap folder puskesmas"));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsStringAsync(), Is.EqualTo(text));
        Assert.That(Trail(Peristiwa.ProfilDiunggah).Select(e => (e.Sasaran, e.Rincian)),
            Is.EqualTo(new[] { ("profil/simpus-lama.yaml", "nama simpus-lama, jenis kunjungan, berkas lama_*.csv") }));

        var deleted = Profiles.Delete(app.Principal("admin-uji"), "simpus-lama.yaml");

        Assert.That(deleted.Berhasil, Is.True, deleted.Pesan);
        Assert.That(File.Exists(Path.Combine(ProfilFolderPath, "simpus-lama.yaml")), Is.False);
        Assert.That(Trail(Peristiwa.ProfilDihapus).Select(e => (e.Sasaran, e.Rincian)), Is.EqualTo(new[] { ("profil/simpus-lama.yaml", "nama simpus-lama") }));
    }

    [Test]
    public void An_invalid_profile_is_refused_naming_the_file_and_key_and_is_never_written()
    {
        var text = SimpusDashboard.Profile.Replace("nama: simpus-kunjungan", "nama: simpus-salah")
            .Replace("format_tanggal: \"dd-MM-yyyy\"}\n  nik", "format_tanggal: \"tanggal\"}\n  nik");

        var outcome = Profiles.Upload(app.Principal("admin-uji"), "simpus-salah.yaml", Utf8(text));

        Assert.That(outcome.Berhasil, Is.False);
        Assert.That(outcome.Pesan, Does.Contain("Profil profil/simpus-salah.yaml, kunci 'kolom.tanggal.format_tanggal'").And.EndWith("Profil tidak disimpan."));
        Assert.That(File.Exists(Path.Combine(ProfilFolderPath, "simpus-salah.yaml")), Is.False);
        Assert.That(Directory.GetFiles(ProfilFolderPath).Select(Path.GetFileName), Is.EqualTo(new[] { "simpus.yaml" }), "no partial file left behind");
    }

    [Test]
    public void A_profile_taking_a_name_another_file_uses_is_refused()
    {
        var outcome = Profiles.Upload(app.Principal("admin-uji"), "simpus-salinan.yaml", Utf8(SimpusDashboard.Profile));

        Assert.That(outcome.Berhasil, Is.False);
        Assert.That(outcome.Pesan, Does.Contain("kunci 'nama'").And.Contain("sudah dipakai profil/simpus.yaml"));
    }

    [TestCase("../simpus.yaml")]
    [TestCase("..\\simpus.yaml")]
    [TestCase("/tmp/simpus.yaml")]
    [TestCase(".simpus.yaml")]
    [TestCase("simpus.yaml.sh")]
    public void A_file_name_that_is_a_path_or_not_a_profile_is_refused_on_upload_and_delete(string berkas)
    {
        var outcome = Profiles.Upload(app.Principal("admin-uji"), berkas, Utf8(SimpusDashboard.Profile.Replace("simpus-kunjungan", "simpus-jalur")));
        var deleted = Profiles.Delete(app.Principal("admin-uji"), berkas);

        Assert.That(outcome.Berhasil, Is.False);
        Assert.That(outcome.Pesan, Does.Contain("tidak dipakai: hanya huruf, angka"));
        Assert.That(deleted.Berhasil, Is.False);
        Assert.That(File.Exists(Path.Combine(app.Inbox, "simpus.yaml")), Is.False);
        Assert.That(File.Exists(Path.Combine(ProfilFolderPath, "simpus.yaml")), Is.True);
    }

    [TestCase("/ekspor/profil/..%2Fmaster%2Fpuskesmas.csv")]
    [TestCase("/ekspor/profil/..%2F..%2Fpws.duckdb")]
    [TestCase("/ekspor/profil/%2E%2E%2Fkunci.key")]
    public async Task A_download_name_that_is_a_path_is_refused(string path)
    {
        using var client = await app.As("admin-uji");

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.BadRequest, HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("kode_puskesmas").And.Not.Contain("DUCK"));
    }

    [Test]
    public void A_trial_counts_what_would_load_and_be_quarantined_masks_the_NIK_and_writes_nothing()
    {
        var before = (app.Query<long>("SELECT count(*) FROM kunjungan").Single(), app.Query<long>("SELECT count(*) FROM karantina").Single(),
            app.Query<long>("SELECT count(*) FROM karantina_pemetaan").Single());
        var sample = string.Join('\n',
            SimpusDashboard.Header,
            "RM-011;3329014303950011;01-04-2025;Perempuan;05-05-1995;Banjaran;ANC K1",
            "RM-012;3329014303950012;02-04-2025;Perempuan;05-05-1995;Banjaan;ANC K1",
            "RM-013;3329014303950013;31-04-2025;Perempuan;05-05-1995;Bentar;ANC K4");

        var report = Profiles.Try(app.Principal("analis-uji"), "simpus_2025-04.csv", Utf8(sample), null, SimpusDashboard.Salem);

        Assert.That(report.Error, Is.Null);
        Assert.That(report.Profil, Is.EqualTo("simpus-kunjungan"), "chosen by the file's name");
        Assert.That((report.Read, report.WouldLoad, report.WouldQuarantine), Is.EqualTo((3L, 1L, 2L)));
        var nik = report.FirstRows.Select(r => r.Values[report.Columns.ToList().IndexOf("nik")]).ToList();
        Assert.That(nik, Is.EqualTo(new[] { "************0011", "************0012", "************0013" }));
        Assert.That(report.Problems.Select(p => (p.Baris, p.Kolom)), Is.EquivalentTo(new[] { (3, "Desa"), (4, "Tanggal Kunjungan") }));
        Assert.That(report.Unmapped, Is.EqualTo(new Dictionary<(string, string), int> { [("desa", "banjaan")] = 1 }));
        Assert.That((app.Query<long>("SELECT count(*) FROM kunjungan").Single(), app.Query<long>("SELECT count(*) FROM karantina").Single(),
            app.Query<long>("SELECT count(*) FROM karantina_pemetaan").Single()), Is.EqualTo(before), "nothing written to the warehouse");
        Assert.That(Directory.GetFiles(Path.Combine(app.Inbox, SimpusDashboard.Salem)).Select(Path.GetFileName), Is.EqualTo(new[] { "simpus_2025-03.csv" }),
            "nor to the inbox");
    }
}
