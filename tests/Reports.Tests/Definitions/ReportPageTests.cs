using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Tests.Provinsi;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Reports.Tests.Definitions;

/// <summary>A page of a report (what <c>/api/NAME?halaman=</c> answers) is the whole table cut at that place, value for
/// value, with the whole table's row count as its total: PWS and SPM read only a page's villages or areas from the marts,
/// and must not lose, repeat or shift a row doing so. Read in the province of <see cref="ProvinceInbox"/>: every one of
/// Jawa Tengah's 8,563 villages is listed, and the three with people served sit deep inside the list.</summary>
public sealed class ReportPageTests
{
    private TestWarehouse warehouse = null!;
    private ServiceProvider services = null!;

    [OneTimeSetUp]
    public void ImportTwoKabupaten()
    {
        warehouse = ProvinceInbox.ImportedWarehouse();
        services = warehouse.Services();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        services?.Dispose();
        warehouse?.Dispose();
    }

    private static IEnumerable<TestCaseData> Requests()
    {
        foreach (var tingkat in new[] { "provinsi", "kabupaten", "kecamatan", "puskesmas", "desa" })
            yield return new TestCaseData("spm", new Dictionary<string, string> { ["tahun"] = "2025", ["sampai-bulan"] = "3", ["tingkat"] = tingkat })
                .SetArgDisplayNames("spm", tingkat);
        yield return new TestCaseData("spm", new Dictionary<string, string> { ["tahun"] = "2025", ["sampai-bulan"] = "3", ["tingkat"] = "desa", ["induk"] = "P1" })
            .SetArgDisplayNames("spm", "desa of P1");
        yield return new TestCaseData("spm", new Dictionary<string, string> { ["tahun"] = "2025", ["sampai-bulan"] = "3", ["tingkat"] = "kecamatan", ["induk"] = "33.29" })
            .SetArgDisplayNames("spm", "kecamatan of Brebes");
        yield return new TestCaseData("pws", new Dictionary<string, string> { ["indikator"] = "K6", ["periode"] = "2025-02" })
            .SetArgDisplayNames("pws", "province");
        yield return new TestCaseData("pws", new Dictionary<string, string> { ["indikator"] = "K6", ["periode"] = "2025-02", ["kabkota"] = "33.71" })
            .SetArgDisplayNames("pws", "Kota Magelang");
        yield return new TestCaseData("pws", new Dictionary<string, string> { ["indikator"] = "K6", ["periode"] = "2025-02", ["puskesmas"] = "P1" })
            .SetArgDisplayNames("pws", "puskesmas P1");
        // Cut from the whole table: the rule every other report follows.
        yield return new TestCaseData("uhc", new Dictionary<string, string>()).SetArgDisplayNames("uhc", "province");
    }

    [TestCaseSource(nameof(Requests))]
    public void A_page_is_the_whole_table_cut_at_that_place_for_the_province(string report, Dictionary<string, string> filters) =>
        AssertPagesCut(report, filters, AreaScope.WholeOf("33"));

    /// <summary>The requests a Brebes analyst may make: not the province level, not Kota Magelang.</summary>
    private static IEnumerable<TestCaseData> BrebesRequests() => Requests().Where(c => c.Arguments[1] is Dictionary<string, string> filters
        && filters.GetValueOrDefault("tingkat") != "provinsi" && filters.GetValueOrDefault("kabkota") != "33.71");

    [TestCaseSource(nameof(BrebesRequests))]
    public void A_page_is_the_whole_table_cut_at_that_place_for_an_analyst_bound_to_Brebes(string report, Dictionary<string, string> filters) =>
        AssertPagesCut(report, filters, AreaScope.KabKota("33.29", ["P1"]));

    [Test]
    public void A_page_for_a_kepala_puskesmas_holds_only_their_villages_and_counts_only_them()
    {
        var scope = AreaScope.Puskesmas("P1", services.GetRequiredService<AreaRollups>().For(2025).Areas(Tingkat.Puskesmas).Single(p => p.Kode == "P1").Desa);

        var page = AssertPagesCut("pws", new Dictionary<string, string> { ["indikator"] = "K6", ["periode"] = "2025-02" }, scope);

        Assert.That(page.Total, Is.EqualTo(2), "33.29.01.2001 and 33.29.01.2002, nothing of the rest of the province");
    }

    /// <summary>Pages around the rows with people served, the first and last rows, a page cut mid-area (SPM has twelve
    /// rows per area) and a page past the end; returns the whole table as one page.</summary>
    private ReportPage AssertPagesCut(string name, Dictionary<string, string> filters, AreaScope scope)
    {
        var report = services.GetRequiredService<ReportRegistry>().Get(name);
        var request = scope.Restrict(ReportRequest.From(filters.GetValueOrDefault, report.LatestPeriode, TimeProvider.System, scope.TingkatAwal));
        var whole = report.Table(request, scope);
        var served = whole.Rows.Select((row, i) => (row, i)).Where(r => r.row.OfType<int>().Any(v => v > 0)).Select(r => r.i).ToList();
        Assert.That(whole.Rows, Is.Not.Empty);
        // UHC has no JKN file in this inbox: only PWS and SPM have rows with people served.
        if (name != "uhc") Assert.That(served, Is.Not.Empty, "rows with people served");
        var ranges = new List<RowRange> { new(0, 5), new(0, whole.Rows.Count + 3), new(whole.Rows.Count - 2, 5), new(whole.Rows.Count + 10, 3), new(7, 13) };
        ranges.AddRange(served.SelectMany(i => new RowRange[] { new(Math.Max(0, i - 5), 7), new(i, 1), new(Math.Max(0, i - 11), 25) }));

        foreach (var range in ranges)
        {
            var page = report.Page(request, scope, range);
            Assert.That(page.Total, Is.EqualTo(whole.Rows.Count), $"total, rows {range.Skip} + {range.Take}");
            Assert.That(page.Table.Columns, Is.EqualTo(whole.Columns));
            Assert.That(page.Table.Rows, Is.EqualTo(whole.Rows.Skip(range.Skip).Take(range.Take)).AsCollection, $"rows {range.Skip} + {range.Take}");
        }
        return report.Page(request, scope, new RowRange(0, whole.Rows.Count));
    }
}
