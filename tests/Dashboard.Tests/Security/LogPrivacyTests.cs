using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pws.Dashboard.Tests.Browser;

namespace Pws.Dashboard.Tests.Security;

/// <summary>The dashboard's own log while people read follow-up lists, lokmin packs and the cascade: records of people
/// go to the reader who may see them, never to a log line.</summary>
public sealed partial class LogPrivacyTests
{
    private sealed class Capture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(Capture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)")]
    private static partial Regex SixteenDigits();

    [Test]
    public async Task No_log_line_of_follow_up_lists_lokmin_packs_or_the_cascade_holds_a_NIK_or_a_pseudonym()
    {
        var capture = new Capture();
        await using var app = new DashboardApp(services: s => s.AddSingleton<ILoggerProvider>(capture));
        using var analis = await app.SignedInClient();
        using var kapus = await app.SignedInClient("kapus-p3329010101");

        foreach (var path in new[]
                 {
                     "/api/tindak-lanjut", "/ekspor/tindak-lanjut.csv", "/ekspor/tindak-lanjut.xlsx", "/tindak-lanjut", "/ekspor/lokmin.xlsx?puskesmas=P3329010101",
                     "/api/kaskade?tingkat=desa", "/skrining?kaskade=ya", "/api/ringkasan",
                 })
            Assert.That((await analis.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That((await kapus.GetAsync("/ekspor/lokmin.xlsx")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await kapus.GetAsync("/api/tindak-lanjut?puskesmas=P3329030101")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        List<string> pseudonyms;
        using (var connection = app.Services.GetRequiredService<Pws.Warehouse.Dialects.Dialect>().Open())
            pseudonyms = connection.Query<string>("SELECT DISTINCT id_orang FROM kunjungan UNION SELECT DISTINCT id_orang FROM skrining").ToList();
        var lines = capture.Lines.ToList();

        Assert.That(lines, Is.Not.Empty, "the log was captured");
        Assert.That(pseudonyms, Has.Count.GreaterThan(1000));
        Assert.That(lines.Where(l => SixteenDigits().IsMatch(l)), Is.Empty, "a NIK-shaped number");
        var words = lines.SelectMany(l => Regex.Split(l, @"[^0-9A-Za-z#_-]+")).ToHashSet(StringComparer.Ordinal);
        Assert.That(pseudonyms.Where(words.Contains), Is.Empty, "a pseudonym");
    }
}
