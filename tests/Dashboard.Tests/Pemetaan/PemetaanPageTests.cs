using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pws.Dashboard.Tests.Browser;
using Pws.Dashboard.Web.Audit;
using Pws.Dashboard.Web.Pemetaan;
using Pws.Reports.Definitions;

namespace Pws.Dashboard.Tests.Pemetaan;

/// <summary>/pemetaan over HTTP and the actions behind it, over a SIMPUS visit list whose village names and service words
/// partly need a mapping: what waits is listed with its rows and candidates, the CSV download and upload, and who is refused.</summary>
[NonParallelizable]
public sealed class PemetaanPageTests
{
    private DashboardApp app = null!;

    [OneTimeSetUp]
    public void Start() => app = SimpusDashboard.Start();

    [OneTimeTearDown]
    public async Task Stop() => await app.DisposeAsync();

    private PemetaanAdministration Administration => app.Services.GetRequiredService<PemetaanAdministration>();

    /// <summary>The waiting value's row of the page's first HTML.</summary>
    private static string Row(string page, string nilai) =>
        Regex.Match(page, $"<tr[^>]*data-nilai=\"{Regex.Escape(nilai)}\".*?</tr>", RegexOptions.Singleline).Value;

    [Test]
    public async Task A_misspelt_village_is_listed_with_its_rows_and_files_and_the_village_of_the_puskesmas_wilayah_kerja_suggested_first()
    {
        using var client = await app.As("analis-uji");

        var page = await client.GetStringAsync("/pemetaan");

        var banjaan = Row(page, "banjaan");
        Assert.That(banjaan, Does.Contain($"data-kode-puskesmas=\"{SimpusDashboard.Salem}\"").And.Contain("Puskesmas Salem"));
        Assert.That(banjaan, Does.Contain("data-kolom=\"baris\">2<"), "two visits wait for it");
        Assert.That(banjaan, Does.Contain($"{SimpusDashboard.Salem}/simpus_2025-03.csv").And.Contain(">Desa<"));
        var candidates = Regex.Matches(banjaan, "data-kode=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.That(candidates.First(), Is.EqualTo("33.29.01.2001"), "Banjaran, in the puskesmas's wilayah kerja");
        Assert.That(banjaan, Does.Contain("Banjaran (33.29.01.2001)").And.Contain("wilayah kerja puskesmas"));
        Assert.That(Row(page, "dukuh lama"), Does.Contain("tidak ada yang mirip"), "nothing is guessed for a name nothing resembles");
        Assert.That(Row(page, "poli gigi"), Does.Contain(">Layanan<"));
        Assert.That(page.IndexOf("data-nilai=\"banjaan\"", StringComparison.Ordinal),
            Is.LessThan(page.IndexOf("data-nilai=\"dukuh lama\"", StringComparison.Ordinal)), "most rows first");
    }

    [Test]
    public void A_village_of_the_same_kecamatan_outside_the_wilayah_kerja_comes_after_those_inside_it()
    {
        var kode = app.Services.GetRequiredService<KodeTujuan>();

        var suggested = kode.Suggest("desa", "Kel. Capar", SimpusDashboard.Salem);

        Assert.That(suggested.First(), Is.EqualTo(new Calon("33.29.01.2004", "Capar", "Kec. Salem, kecamatan puskesmas")));
    }

    [TestCase("kapus-uji", "/pemetaan")]
    [TestCase("kapus-uji", "/profil")]
    [TestCase("kapus-uji", "/ekspor/pemetaan.csv")]
    [TestCase("kapus-uji", "/ekspor/profil/simpus.yaml")]
    [TestCase("bappeda-uji", "/pemetaan")]
    [TestCase("bappeda-uji", "/profil")]
    [TestCase("bappeda-uji", "/ekspor/pemetaan.csv")]
    [TestCase("bappeda-uji", "/ekspor/profil/simpus.yaml")]
    public async Task A_kepala_puskesmas_and_Bappeda_are_refused_the_intake_pages_and_downloads(string nama, string path)
    {
        using var client = await app.As(nama);

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("banjaan").And.Not.Contain("simpus-kunjungan"));
    }

    [Test]
    public async Task A_kepala_puskesmas_menu_has_no_intake_entries_and_an_analysts_has_both()
    {
        using var kapus = await app.As("kapus-uji");
        using var analis = await app.As("analis-uji");

        var kapusPage = await kapus.GetStringAsync("/kualitas-data");
        var analisPage = await analis.GetStringAsync("/kualitas-data");

        Assert.That(kapusPage, Does.Not.Contain("href=\"/pemetaan\"").And.Not.Contain("href=\"/profil\""));
        Assert.That(analisPage, Does.Contain("href=\"/pemetaan\"").And.Contain("href=\"/profil\"").And.Contain("Data masuk"));
        Assert.That(analisPage, Does.Contain("belum dipetakan"), "the quarantine points to the mapping page");
    }

    [Test]
    public async Task The_download_holds_every_mapping_under_machine_column_names_and_is_audited()
    {
        var analis = app.Principal("analis-uji");
        var scope = AreaScope.Whole;
        Assert.That(Administration.Save(analis, scope, "tempat", "", "  Dalam  Gedung ", "dalam_gedung").Berhasil, Is.True);
        Assert.That(Administration.Save(analis, scope, "layanan", SimpusDashboard.Salem, "Poli Umum", "-").Berhasil, Is.True);
        using var client = await app.As("analis-uji");

        var response = await client.GetAsync("/ekspor/pemetaan.csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');

        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("pemetaan.csv"));
        Assert.That(lines[0], Is.EqualTo("jenis,kode_puskesmas,nilai,kode,diubah_oleh,diubah_pada"));
        Assert.That(lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(5))), Is.SupersetOf(new[]
        {
            $"layanan,{SimpusDashboard.Salem},poli umum,'-,analis-uji",
            "tempat,,dalam gedung,DALAM_GEDUNG,analis-uji",
        }), "values as the import looks them up; a leading '-' made inert as in every CSV export");
        var trail = app.Services.GetRequiredService<AuditTrail>().Read(DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(1), "analis-uji");
        Assert.That(trail.Select(e => (e.Peristiwa, e.Sasaran)), Does.Contain((Peristiwa.Ekspor, "/ekspor/pemetaan.csv")));
        Assert.That(trail.Where(e => e.Peristiwa == Peristiwa.PemetaanDisimpan).Select(e => $"{e.Sasaran} {e.Rincian}"),
            Does.Contain($"layanan 'poli umum' untuk puskesmas {SimpusDashboard.Salem} → -"));

        var again = Administration.Upload(analis, scope, await response.Content.ReadAsByteArrayAsync(), "pemetaan.csv");
        Assert.That(again.Berhasil, Is.True, again.Pesan);
        Assert.That(app.Query<string>("SELECT kode FROM pemetaan WHERE nilai = 'poli umum'"), Is.EqualTo(new[] { "-" }), "the download uploads unchanged");
    }

    [Test]
    public void An_upload_with_a_bad_line_names_each_line_and_field_and_saves_none_of_its_lines()
    {
        var csv = string.Join('\n',
            "jenis,kode_puskesmas,nilai,kode",
            $"desa,{SimpusDashboard.Salem},dukuh baru,33.29.01.2003",
            $"dusun,{SimpusDashboard.Salem},dukuh lama,33.29.01.2003",
            $"desa,{SimpusDashboard.Salem},dukuh tengah,33.29.99.9999",
            "layanan,P9999999999,poli kia,ANC_K1",
            "tempat,,\"\",POSYANDU") + "\n";

        var outcome = Administration.Upload(app.Principal("analis-uji"), AreaScope.Whole, Encoding.UTF8.GetBytes(csv), "pemetaan-salah.csv");

        Assert.That(outcome.Berhasil, Is.False);
        Assert.That(outcome.Pesan, Does.Contain("4 kesalahan").And.Contain("tidak ada pemetaan yang disimpan"));
        Assert.That(outcome.Galat, Is.EqualTo(new[]
        {
            "baris 3, kolom jenis: 'dusun' tidak dikenal (pilihan: desa, layanan, tempat)",
            "baris 4, kolom kode: '33.29.99.9999' bukan kode desa/kelurahan di wilayah ini (tulis kode Kemendagri, misalnya 33.29.01.2001)",
            "baris 5, kolom kode_puskesmas: 'P9999999999' bukan puskesmas wilayah ini (kosongkan untuk semua puskesmas)",
            "baris 6, kolom nilai: kosong",
        }));
        Assert.That(app.Query<long>("SELECT count(*) FROM pemetaan WHERE nilai = 'dukuh baru'").Single(), Is.Zero, "the good line is not kept either");
    }

    [Test]
    public void A_mapping_to_a_code_that_does_not_exist_is_refused()
    {
        var outcome = Administration.Save(app.Principal("analis-uji"), AreaScope.Whole, "layanan", "", "poli kia", "KIA");

        Assert.That(outcome.Berhasil, Is.False);
        Assert.That(outcome.Pesan, Does.Contain("'KIA' bukan kode layanan kontrak"));
    }

    [Test]
    public void A_kepala_puskesmas_session_saves_nothing_even_through_the_service()
    {
        var outcome = Administration.Save(app.Principal("kapus-uji"), AreaScope.Whole, "desa", SimpusDashboard.Salem, "dukuh lama", "33.29.01.2003");

        Assert.That(outcome.Berhasil, Is.False);
        Assert.That(app.Query<long>("SELECT count(*) FROM pemetaan WHERE nilai = 'dukuh lama'").Single(), Is.Zero);
    }
}
