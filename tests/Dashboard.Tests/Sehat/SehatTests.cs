using System.Net;
using System.Text.Json;
using Pws.Dashboard.Tests.Browser;
using Pws.Testing;

namespace Pws.Dashboard.Tests.Sehat;

/// <summary>The answers a systemd unit, IIS or a load balancer asks: without sign-in, without figures or names.</summary>
public sealed class SehatTests
{
    [Test]
    public async Task Liveness_and_readiness_answer_without_sign_in_and_name_nothing_of_the_area()
    {
        await using var app = new DashboardApp();
        using var anonymous = SignIn.Client(app.BaseUrl);

        var hidup = await anonymous.GetAsync("/sehat");
        var siap = await anonymous.GetAsync("/sehat/siap");
        var body = await siap.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(hidup.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(siap.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            using var json = JsonDocument.Parse(body);
            Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("siap"));
            Assert.That(json.RootElement.GetProperty("gudangData").GetString(), Is.EqualTo("terbuka"));
            Assert.That(json.RootElement.GetProperty("imporTerakhir").GetString(), Is.EqualTo("BERHASIL"), "the demo's first import");
            Assert.That(json.RootElement.GetProperty("ruangDiskBebas").GetInt64(), Is.GreaterThan(0));
            Assert.That(body, Does.Not.Contain("33.29").And.Not.Contain("Brebes").IgnoreCase.And.Not.Contain(app.WarehouseFile));
        });
    }
}
