using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Pws;
using Pws.Reports.Wilayah;
using Pws.Testing;

namespace Pws.Reports.Tests.Definitions;

/// <summary>Reports are found by name from the composition root, and each one's table is its column list.</summary>
public sealed class ReportRegistryTests
{
    private TestWarehouse warehouse = null!;
    private ServiceProvider services = null!;

    [OneTimeSetUp]
    public void ImportOneVisit()
    {
        warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,4")
            .File("master/jkn_2025-03.csv", "periode,kode_desa,penduduk,peserta_jkn,peserta_aktif", "2025-03,33.29.01.2001,1000,990,850")
            .File("P1/kunjungan_2025.csv", InboxBuilder.KunjunganHeader, InboxBuilder.Visit("V1", "2025-03-02", "P1", "3329010101900001", "33.29.01.2001"),
                InboxBuilder.Visit("V2", "2025-03-03", "P1", "123", "33.29.01.2001"))
            .File("P1/skrining_2025.csv", InboxBuilder.SkriningHeader,
                "S1,2025-03-01,P1,3329010101600001,,P,1960-01-01,33.29.01.2001,150,85,250,210,Y,T,CEK_SERENTAK,");
        warehouse.Import();
        services = warehouse.Services();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        services?.Dispose();
        warehouse?.Dispose();
    }

    [Test]
    public void Every_report_of_the_data_contract_is_found_by_name()
    {
        Assert.That(services.GetRequiredService<ReportRegistry>().Names, Is.EqualTo(new[] { "jangkauan", "karantina", "kaskade", "lokmin", "pws", "skrining", "spm", "tindak-lanjut", "uhc" }));
    }

    /// <summary>A value of another kind than its column's (a count under a name, a name under a percentage) is a row
    /// whose values have slipped against the header; the inbox gives every report rows with values in every column kind.</summary>
    [Test]
    public void Each_reports_rows_hold_one_value_per_column_in_the_columns_order()
    {
        var registry = services.GetRequiredService<ReportRegistry>();
        var request = new ReportRequest("K1", new Periode(2025, 3), null, 2025, 3, Tingkat.Desa, null);

        foreach (var name in registry.Names)
        {
            // The lokmin pack is made for one puskesmas, named as its command line requires.
            var table = registry.Get(name).Table(name == "lokmin" ? request with { Puskesmas = "P1" } : request, AreaScope.Whole);
            // Nobody in this inbox is overdue for follow-up: its rows are proven on their own fixture (TindakLanjutTests).
            if (name == "tindak-lanjut") continue;
            Assert.That(table.Rows, Is.Not.Empty, name);
            foreach (var row in table.Rows)
            {
                Assert.That(row, Has.Count.EqualTo(table.Columns.Count), name);
                Assert.That(row.Zip(table.Columns).Where(cell => cell.First is { } value && KindOf(value) != cell.Second.Kind)
                    .Select(cell => $"{cell.Second.Name}: {cell.First}"), Is.Empty, name);
            }
        }
    }

    private static ColumnKind? KindOf(object value) => value switch
    {
        string => ColumnKind.Text,
        int or long => ColumnKind.Integer,
        double => ColumnKind.Percent,
        _ => null,
    };

    [Test]
    public void A_puskesmas_reader_without_a_puskesmas_filter_reads_its_own_villages()
    {
        var pws = services.GetRequiredService<PwsReport>();
        var request = new ReportRequest("K1", new Periode(2025, 3), null, 2025, 3, Tingkat.Puskesmas, null);

        var laporan = pws.Read(request, AreaScope.Puskesmas("P1", ["33.29.01.2001", "33.29.01.2002"]));

        Assert.That(laporan.KodePuskesmas, Is.EqualTo("P1"));
        Assert.That(laporan.Desa.Select(d => $"{d.KodeDesa} {d.Kumulatif}"), Is.EqualTo(new[] { "33.29.01.2001 1", "33.29.01.2002 0" }));
    }

    [TestCase("P2", null, Tingkat.Puskesmas, null)]
    [TestCase(null, null, Tingkat.Kabupaten, null)]
    [TestCase(null, null, Tingkat.Desa, "P2")]
    [TestCase(null, "33.71", Tingkat.Puskesmas, null)]
    public void A_puskesmas_reader_asking_for_another_area_is_refused_not_narrowed(string? puskesmas, string? kabKota, Tingkat tingkat, string? induk)
    {
        var request = new ReportRequest("K1", new Periode(2025, 3), puskesmas, 2025, 3, tingkat, null, induk, kabKota);

        Assert.That(() => AreaScope.Puskesmas("P1", ["33.29.01.2001"]).Restrict(request),
            Throws.TypeOf<AreaForbiddenException>().With.Message.StartsWith("Akses ditolak"));
    }

    [Test]
    public void An_analyst_bound_to_one_kabupaten_kota_reads_it_and_is_refused_the_rest_of_the_province()
    {
        var scope = AreaScope.KabKota("33.29", ["P1"]);
        var request = new ReportRequest("K1", new Periode(2025, 3), null, 2025, 3, Tingkat.Kecamatan, null);

        Assert.That(scope.Restrict(request).KabKota, Is.EqualTo("33.29"));
        Assert.That(scope.Allows("33.29.01") && scope.Allows("P1") && scope.Allows("33.29.01.2001"));
        Assert.That(scope.Allows("33.71") || scope.Allows("33.71.01.1003") || scope.Allows("P2"), Is.False);
        Assert.That(() => scope.Restrict(request with { Tingkat = Tingkat.Provinsi }), Throws.TypeOf<AreaForbiddenException>());
        Assert.That(() => scope.Restrict(request with { KabKota = "33.71" }), Throws.TypeOf<AreaForbiddenException>());
        Assert.That(() => scope.Restrict(request with { Induk = "33.71" }), Throws.TypeOf<AreaForbiddenException>());
    }

    [Test]
    public void An_unknown_report_name_lists_the_known_ones()
    {
        Assert.That(() => services.GetRequiredService<ReportRegistry>().Get("gizi"), Throws.ArgumentException
            .With.Message.EqualTo("Laporan 'gizi' tidak dikenal. Pilihan: jangkauan, karantina, kaskade, lokmin, pws, skrining, spm, tindak-lanjut, uhc."));
    }
}
