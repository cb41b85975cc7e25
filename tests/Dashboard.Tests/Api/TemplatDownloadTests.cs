using System.Net;
using ClosedXML.Excel;
using Pws.Dashboard.Tests.Browser;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Api;

/// <summary>The templates over HTTP, over the Brebes demo: every signed-in user downloads them, their lists hold the
/// user's area, an unknown kind is 404, and each download is in the audit trail like any other.</summary>
[NonParallelizable]
public sealed class TemplatDownloadTests
{
    private const string Salem = "P3329010101";
    private DashboardApp app = null!;
    private TempFolder folder = null!;

    [OneTimeSetUp]
    public void Start()
    {
        app = new DashboardApp();
        folder = new TempFolder();
        _ = app.BaseUrl;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await app.DisposeAsync();
        folder.Dispose();
    }

    /// <summary>The template as <paramref name="nama"/> downloads it, saved to a file.</summary>
    private async Task<XLWorkbook> Download(string nama, string jenis)
    {
        using var client = await app.SignedInClient(nama);
        using var response = await client.GetAsync($"/ekspor/templat/{jenis}.xlsx");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType,
            Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo($"{jenis}_templat.xlsx"));
        var path = folder[$"{nama}-{jenis}.xlsx"];
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return new XLWorkbook(path);
    }

    /// <summary>The codes of the hidden sheet's list headed <paramref name="judul"/>.</summary>
    private static List<string> Codes(XLWorkbook workbook, string judul)
    {
        var kode = workbook.Worksheet("kode");
        var column = kode.Row(1).CellsUsed().Single(c => c.GetString() == judul).Address.ColumnNumber;
        return kode.Column(column).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
    }

    [TestCase("analis")]
    [TestCase("bappeda")]
    [TestCase("admin")]
    public async Task Every_signed_in_user_downloads_the_visit_template_with_the_contracts_header(string nama)
    {
        using var workbook = await Download(nama, "kunjungan");

        Assert.That(workbook.Worksheet(1).Name, Is.EqualTo("kunjungan"));
        Assert.That(workbook.Worksheet(1).Row(1).CellsUsed().Select(c => c.GetString()), Is.EqualTo(new[]
        {
            "id_kunjungan", "tanggal", "kode_puskesmas", "nik", "no_rm", "jenis_kelamin", "tanggal_lahir", "kode_desa", "layanan", "tempat",
        }));
    }

    [Test]
    public async Task An_analysts_template_lists_the_kabupatens_villages_and_puskesmas()
    {
        using var workbook = await Download("analis", "skrining");

        Assert.That(Codes(workbook, "kode_desa"), Has.Count.EqualTo(297).And.All.StartWith("33.29."));
        Assert.That(Codes(workbook, "kode_puskesmas"), Has.Count.EqualTo(38).And.Contain(Salem));
    }

    [Test]
    public async Task A_kepala_puskesmas_template_lists_only_its_wilayah_kerja_and_its_own_puskesmas()
    {
        using var workbook = await Download("kapus-" + Salem, "kunjungan");

        Assert.That(Codes(workbook, "kode_desa"), Has.Count.EqualTo(10).And.All.StartWith("33.29.01."));
        Assert.That(Codes(workbook, "kode_puskesmas"), Is.EqualTo(new[] { Salem }));
        Assert.That(string.Join("\n", workbook.Worksheet("petunjuk").CellsUsed().Select(c => c.GetString())),
            Does.Contain($"<inbox>/{Salem}/kunjungan_"));
    }

    [TestCase("sasaran")]
    [TestCase("jkn")]
    public async Task The_master_templates_download_too(string jenis)
    {
        using var workbook = await Download("analis", jenis);

        Assert.That(workbook.Worksheet(1).Name, Is.EqualTo(jenis));
    }

    [TestCase("/ekspor/templat/pasien.xlsx")]
    [TestCase("/ekspor/templat/KUNJUNGAN.xlsx")]
    public async Task An_unknown_template_is_404(string path)
    {
        using var client = await app.SignedInClient("analis");

        Assert.That((await client.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_anonymous_download_gets_401()
    {
        using var client = SignIn.Client(app.BaseUrl);

        Assert.That((await client.GetAsync("/ekspor/templat/kunjungan.xlsx")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_template_download_is_in_the_audit_trail()
    {
        (await Download("analis", "jkn")).Dispose();
        using var admin = await app.SignedInClient("admin");

        var trail = await admin.GetStringAsync("/ekspor/jejak-audit.csv");

        Assert.That(trail.Split('\n'), Has.Some.Contains("analis,EKSPOR,/ekspor/templat/jkn.xlsx"));
    }

    [Test]
    public async Task The_data_quality_page_links_each_template()
    {
        using var client = await app.SignedInClient("kapus-" + Salem);

        var page = await client.GetStringAsync("/kualitas-data");

        foreach (var jenis in new[] { "kunjungan", "skrining", "sasaran", "jkn" })
            Assert.That(page, Does.Contain($"href=\"/ekspor/templat/{jenis}.xlsx\""));
        Assert.That(page, Does.Contain("Templat Kunjungan").And.Contain("Templat JKN"));
    }
}
