using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Tests.Excel;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Reports.Tests.Provinsi;

/// <summary>Every sheet of every workbook and every CSV of the registry, written for a reader with less than the
/// province (<see cref="ProvinceInbox"/>), names no area and no puskesmas outside the reader's: an analyst bound to
/// Brebes (33.29) never sees Kota Magelang (33.71, Puskesmas M1), Puskesmas P1 never anything beyond its two villages.</summary>
public sealed partial class WorkbookAreaTests
{
    private TestWarehouse warehouse = null!;
    private TempFolder output = null!;
    private ServiceProvider services = null!;

    [OneTimeSetUp]
    public void ImportTwoKabupaten()
    {
        warehouse = new TestWarehouse(kabupaten: "33");
        output = new TempFolder();
        // A quarantined row in each kabupaten/kota: its content names its village.
        warehouse.NewInbox().TwoKabupaten()
            .File("P1/kunjungan_rusak.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("R1", "bukan-tanggal", "P1", "3300000000000091", "33.29.01.2001"))
            .File("M1/kunjungan_rusak.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("R2", "bukan-tanggal", "M1", "3300000000000092", "33.71.01.1003"));
        warehouse.Import();
        services = warehouse.Services();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        services?.Dispose();
        warehouse?.Dispose();
        output?.Dispose();
    }

    [Test]
    public void An_analyst_bound_to_one_kabupaten_kota_reads_no_other_in_any_sheet_or_CSV()
    {
        var scope = AreaScope.KabKota("33.29", WilayahKerja().Where(p => p.Desa.Any(d => d.StartsWith("33.29.", StringComparison.Ordinal))).Select(p => p.Kode));

        AssertNothingOutside(scope, services.GetRequiredService<ReportRegistry>().Names.ToList());
    }

    [Test]
    public void A_kepala_puskesmas_reads_nothing_outside_its_wilayah_kerja_in_any_sheet_or_CSV()
    {
        var scope = AreaScope.Puskesmas("P1", WilayahKerja().Single(p => p.Kode == "P1").Desa);
        var registry = services.GetRequiredService<ReportRegistry>();

        AssertNothingOutside(scope, registry.Names.Where(n => registry.Get(n).WorkbookForPuskesmas).ToList());
    }

    private IEnumerable<AreaRollup.Area> WilayahKerja() => services.GetRequiredService<AreaRollups>().For(2025).Areas(Tingkat.Puskesmas);

    private void AssertNothingOutside(AreaScope scope, IReadOnlyList<string> reports)
    {
        var registry = services.GetRequiredService<ReportRegistry>();
        var puskesmas = services.GetRequiredService<AreaQuery>().Puskesmas().Select(p => p.Kode).ToList();
        Assert.That(reports, Is.Not.Empty);
        Assert.That(puskesmas.Where(kode => !scope.Allows(kode)), Is.Not.Empty);
        IEnumerable<string> Codes(string text) => AreaCodes().Matches(text).Select(m => m.Value)
            .Concat(puskesmas.Where(kode => Regex.IsMatch(text, $@"\b{Regex.Escape(kode)}\b")));

        var texts = reports.ToDictionary(name => name, name => Texts(registry.Get(name), scope).ToList());
        var outside = texts.SelectMany(report => report.Value.SelectMany(t =>
                Codes(t.Text).Where(kode => !scope.Allows(kode)).Select(kode => $"{report.Key} {t.Where}: {kode}")))
            .Distinct().ToList();
        // A report that wrote no code of the reader's own area would pass without proving anything.
        // Nobody in this inbox is overdue for follow-up, so its lists name no village here (TindakLanjutTests prove their area).
        var blind = texts.Where(report => report.Key != "tindak-lanjut" && !report.Value.Any(t => Codes(t.Text).Any(scope.Allows))).Select(r => r.Key);

        Assert.That(outside, Is.Empty);
        Assert.That(blind, Is.Empty, "reports without any code of the reader's area");
    }

    /// <summary>Every text the reader gets from a report with its page's default filters: each cell of the CSV and each
    /// text cell of every sheet of the workbook (codes are written as text; a number such as 33.25 % is no code).</summary>
    private IEnumerable<(string Where, string Text)> Texts(IReport report, AreaScope scope)
    {
        var request = ReportRequest.From(_ => null, report.LatestPeriode, TimeProvider.System, scope.TingkatAwal);
        // The lokmin pack is made for one puskesmas: the reader's own, or the first of its area.
        if (report.Name == "lokmin" && request.Puskesmas is null)
            request = request with { Puskesmas = WilayahKerja().First(p => scope.Allows(p.Kode)).Kode };
        foreach (var text in report.Table(request, scope).Rows.SelectMany(row => row).OfType<string>()) yield return ("CSV", text);

        var file = output[$"{report.Name}-{Guid.NewGuid()}.xlsx"];
        using (var stream = File.Create(file)) report.WriteWorkbook(request, scope, stream);
        foreach (var sheet in new SheetCells(file).SheetNames)
        foreach (var cell in new SheetCells(file, sheet).Values.Where(v => !v.IsNumber))
            yield return ($"sheet {sheet}", cell.Text);
    }

    /// <summary>A Kemendagri code of a village (33.29.01.2001), kecamatan (33.29.01) or kabupaten/kota (33.29).</summary>
    [GeneratedRegex(@"(?<![\d.])\d{2}\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?(?![\d.])")]
    private static partial Regex AreaCodes();
}
