using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Pws.Dashboard.Tests.Browser;

/// <summary>Read pages as a kepala puskesmas meets them on a phone: script off, a connection lost for longer than a live
/// page would be kept, hundreds of views on one server, mobile data that counts every kilobyte. Read pages are rendered
/// per request and never open a live connection (circuit); this fixture counts circuits and keeps a lost one only two
/// seconds, so a page that still needed one would show it.</summary>
public sealed class ReadPagesOnWeakConnectionsBrowserTests : BrowserTest
{
    private static readonly TimeSpan CircuitRetention = TimeSpan.FromSeconds(2);

    private readonly CircuitCounter circuits = new();

    protected override Action<IServiceCollection> Services => services =>
    {
        services.AddSingleton<CircuitHandler>(circuits);
        services.Configure<CircuitOptions>(options => options.DisconnectedCircuitRetentionPeriod = CircuitRetention);
    };

    /// <summary>Counts the circuits the server opens.</summary>
    private sealed class CircuitCounter : CircuitHandler
    {
        private int opened;

        public int Opened => Volatile.Read(ref opened);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref opened);
            return Task.CompletedTask;
        }
    }

    private const string Table = "[data-loaded='true'] table";

    /// <summary>The read pages, each with where its figures are, the filter a user changes and the download it offers (null: none).</summary>
    private static readonly (string Path, string Figures, string? Filter, string? Download)[] ReadPages =
    [
        ("/", Table, null, null),
        ("/pws?indikator=K1", Table, "indikator", "[data-testid='unduh-xlsx']"),
        ("/spm", Table, "tingkat", "[data-testid='unduh-xlsx']"),
        ("/uhc", Table, "periode", "[data-testid='unduh-xlsx']"),
        ("/skrining", Table, "kegiatan", "[data-testid='unduh-xlsx']"),
        ("/jangkauan", Table, "klaster", "[data-testid='unduh-xlsx']"),
        ("/peta", "[data-loaded='true'] .peta svg", "lapisan", "text=Unduh Excel PWS dengan peta"),
        ("/desa/33.29.01.2001", Table, null, null),
        ("/kualitas-data", Table, null, "text=Unduh karantina"),
    ];

    private static IEnumerable<TestCaseData> EveryReadPage() =>
        ReadPages.Select(p => new TestCaseData(p.Path, p.Figures, p.Filter, p.Download).SetArgDisplayNames(p.Path));

    [TestCaseSource(nameof(EveryReadPage))]
    public async Task With_script_off_a_read_page_shows_its_figures_filters_with_its_button_and_downloads_its_workbook(string path, string figures,
        string? filter, string? download)
    {
        var page = await NewPageAsync(390, 844, script: false);
        var response = await page.GotoAsync(BaseUrl + path);

        Assert.That(response!.Status, Is.EqualTo(200));
        Assert.That(await page.Locator(figures).First.IsVisibleAsync(), Is.True, "the figures are in the page itself");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("tanpa-skrip" + path.Split('?')[0].Replace('/', '-')), FullPage = true });
        if (filter is not null)
        {
            var select = page.Locator($".filter-{filter} select");
            // The choice next to the current one: a neighbouring month still has data.
            var other = await select.EvaluateAsync<string>("s => [...s.options].slice(s.selectedIndex + 1).concat([...s.options].slice(0, s.selectedIndex).reverse()).find(o => o.value !== '').value");
            await select.SelectOptionAsync(other);
            Assert.That(page.Url, Does.Not.Contain($"{filter}={other}"), "without script nothing happens until the button is pressed");
            await page.Locator(".saringan-kirim").ClickAsync();
            await page.WaitForURLAsync(url => url.Contains($"{filter}={Uri.EscapeDataString(other)}", StringComparison.Ordinal));
            Assert.That(await select.InputValueAsync(), Is.EqualTo(other), "the new page shows the choice made");
            Assert.That(await page.Locator(figures).First.IsVisibleAsync(), Is.True);
        }
        if (download is not null)
        {
            var file = await page.RunAndWaitForDownloadAsync(() => page.Locator(download).First.ClickAsync());
            await using var content = await file.CreateReadStreamAsync();
            var head = new byte[2];
            await content.ReadExactlyAsync(head);
            Assert.That(Encoding.ASCII.GetString(head), Is.EqualTo("PK"), $"{file.SuggestedFilename} is a workbook");
        }
    }

    [Test]
    public async Task With_script_off_a_kabupaten_drills_down_to_a_kecamatans_villages_and_a_villages_profile_by_links()
    {
        var page = await NewPageAsync(390, 844, script: false);
        await page.GotoAsync(BaseUrl + "/pws?indikator=K1&per=kecamatan");

        await page.Locator(".pws-batang-baris[data-kode-wilayah='33.29.03'] a").ClickAsync();
        await page.WaitForURLAsync("**induk=33.29.03**");
        Assert.That(await page.Locator("h1").InnerTextAsync(), Does.Contain("PWS"));
        Assert.That(await page.Locator("[data-loaded='true']").InnerTextAsync(), Does.Contain("Kecamatan Bumiayu").IgnoreCase);

        await page.Locator(".pws-batang a").First.ClickAsync();
        await page.WaitForURLAsync("**/desa/33.29.03.**");
        Assert.That(await page.Locator("[data-loaded='true'] table").First.IsVisibleAsync(), Is.True);
    }

    [Test]
    public async Task A_page_left_offline_longer_than_a_circuit_is_kept_goes_on_to_filter_and_navigate_without_a_reconnect_prompt()
    {
        var page = await OpenAsync("/pws?indikator=K1", 390, 844);
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        var before = circuits.Opened;

        // The phone sleeps in a pocket: the connection is gone for longer than the server would keep a live page.
        await page.Context.SetOfflineAsync(true);
        await Task.Delay(CircuitRetention * 2);
        await page.Context.SetOfflineAsync(false);

        await ChooseAsync(page, ".filter-indikator", "K4 – Kunjungan ibu hamil keempat (K4)");
        await page.WaitForURLAsync("**indikator=K4**");
        await page.WaitForSelectorAsync("h1:has-text('keempat')");
        await page.Locator(".menu-tombol").ClickAsync();
        await page.Locator("nav a[href='/spm']").ClickAsync();
        await page.WaitForURLAsync("**/spm");
        await page.WaitForSelectorAsync("[data-loaded='true'] table");

        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("h1").InnerTextAsync(), Does.Contain("Capaian SPM"));
            Assert.That(await page.Locator("#components-reconnect-modal, .components-reconnect-show").CountAsync(), Is.EqualTo(0), "no reconnect prompt");
            Assert.That(await page.GetByText("reconnect", new PageGetByTextOptions { Exact = false }).CountAsync(), Is.EqualTo(0));
            Assert.That(sockets, Is.Empty, "a read page opens no live connection");
            Assert.That(circuits.Opened, Is.EqualTo(before), "and the server opened no circuit for it");
        });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Screenshot("ponsel-setelah-luring") });
    }

    [Test]
    public async Task A_hundred_page_views_open_no_circuit_and_leave_the_servers_memory_flat()
    {
        var paths = ReadPages.Select(p => p.Path).ToList();
        var opened = circuits.Opened;
        var withCircuit = new HashSet<string>();
        var viewed = new HashSet<string>();
        await ViewAsync(paths, 20, withCircuit, viewed); // caches and first-use code warmed
        var warm = ServerMemory();
        await ViewAsync(paths, 80, withCircuit, viewed);
        var after = ServerMemory();

        var growth = (after - warm) / 1024d / 1024d;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH read_pages_100_views managed_heap_after_20={warm / 1048576d:F1}MB after_100={after / 1048576d:F1}MB growth={growth:F1}MB circuits={circuits.Opened - opened}"));
        Assert.That(circuits.Opened - opened, Is.Zero, "no circuit for reading; opened by " + string.Join(", ", withCircuit));
        Assert.That(growth, Is.LessThan(16), "what 80 more views leave behind, in MB (a circuit kept after each view would hold several times this)");
    }

    /// <summary>Opens the pages in turn, <paramref name="views"/> in all, in a browser with script on, a fresh tab every 20.
    /// A page's first view waits until the network is quiet, long enough for its script to open a circuit if it would;
    /// the others wait for the load event (the server's work for a view is done when it has sent the page), not for the
    /// half second of quiet each.</summary>
    private async Task ViewAsync(IReadOnlyList<string> paths, int views, HashSet<string> withCircuit, HashSet<string> viewed)
    {
        IPage? page = null;
        for (var view = 0; view < views; view++)
        {
            if (view % 20 == 0)
            {
                if (page is not null) await page.Context.CloseAsync();
                page = await NewPageAsync();
            }
            var before = circuits.Opened;
            var path = paths[view % paths.Count];
            var settle = viewed.Add(path) ? WaitUntilState.NetworkIdle : WaitUntilState.Load;
            var response = await page!.GotoAsync(BaseUrl + path, new PageGotoOptions { WaitUntil = settle });
            Assert.That(response!.Status, Is.EqualTo(200));
            if (circuits.Opened != before) withCircuit.Add(path);
        }
        if (page is not null) await page.Context.CloseAsync();
    }

    /// <summary>The managed heap after a full collection: the dashboard runs in this process.</summary>
    private static long ServerMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    [Test]
    public async Task Each_read_page_transfers_under_300_KB_to_a_phone_with_an_empty_cache_and_only_its_HTML_once_cached()
    {
        var report = new StringBuilder("| Halaman | HTML | CSS | Skrip | Lain | Jumlah | Dibuka lagi |\n|---|---:|---:|---:|---:|---:|---:|\n");
        var heavy = new List<string>();
        foreach (var path in ReadPages.Select(p => p.Path).Append("/pws?indikator=K1&per=desa"))
        {
            var page = await NewPageAsync(390, 844);
            var first = await TransferredAsync(page, path);
            // Opened again from a link or a bookmark (a whole page): the CSS and script come from the phone's cache.
            var again = await TransferredAsync(page, path);
            long Kb(string kind) => first.Where(s => s.Kind == kind).Sum(s => s.Bytes);
            var total = first.Sum(s => s.Bytes);
            var againTotal = again.Sum(s => s.Bytes);
            report.Append(CultureInfo.InvariantCulture,
                $"| `{path}` | {Kb("html") / 1024d:F1} | {Kb("css") / 1024d:F1} | {Kb("script") / 1024d:F1} | {Kb("other") / 1024d:F1} | {total / 1024d:F1} KB | {againTotal / 1024d:F1} KB |\n");
            if (total >= 300 * 1024) heavy.Add($"{path}: {total / 1024} KB");
            if (again.Any(s => s.Kind is "css" or "script" && s.Bytes > 1024)) heavy.Add($"{path} opened again fetched its CSS or script anew");
            await page.Context.CloseAsync();
        }
        TestContext.Out.WriteLine("BENCH read_page_weight (KB transferred, compressed, 390x844; first with an empty cache, then opened again)\n" + report);
        Assert.That(heavy, Is.Empty);
    }

    /// <summary>What opening <paramref name="path"/> in <paramref name="page"/> transfers, per request kind.</summary>
    private async Task<List<(string Kind, long Bytes)>> TransferredAsync(IPage page, string path)
    {
        var sizes = new List<(string Kind, long Bytes)>();
        var pending = new List<Task>();
        void Finished(object? sender, IRequest request) => pending.Add(Measure(request, sizes));
        page.RequestFinished += Finished;
        // The load event first: on a busy machine a long page can sit idle on the network before it asks for its script,
        // which the next navigation would then cancel and fetch anew.
        await page.GotoAsync(BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        page.RequestFinished -= Finished;
        await Task.WhenAll(pending.ToArray());
        return sizes;
    }

    private static async Task Measure(IRequest request, List<(string Kind, long Bytes)> sizes)
    {
        var measured = await request.SizesAsync();
        var kind = request.ResourceType switch { "document" => "html", "stylesheet" => "css", "script" => "script", _ => "other" };
        lock (sizes) sizes.Add((kind, measured.ResponseBodySize + measured.ResponseHeadersSize));
    }
}
