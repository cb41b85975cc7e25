using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Skrining;
using Pws.Reports.Wilayah;
using Pws.Testing;
using static Pws.Testing.InboxBuilder;

namespace Pws.Reports.Tests.Skrining;

/// <summary>Screening per area, read by a dashboard that keeps each month's village figures between imports.</summary>
public sealed class SkriningKeptTests
{
    private const string Banjaran = "33.29.01.2001";
    private const string First = $"S1,2026-03-01,P1,3329010101800097,,P,1970-01-01,{Banjaran},150,95,,,,,,";

    [Test]
    public void A_screening_imported_after_the_area_was_read_is_counted_at_every_level()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", $"P1,{Banjaran}")
            .File("P1/skrining_2026.csv", SkriningHeader, First);
        warehouse.Import();
        using var services = warehouse.Services();
        var skrining = services.GetRequiredService<SkriningQuery>();
        long Screened(Tingkat tingkat) => skrining.Run(2026, 3, tingkat).Single(r => r.Counts.Diskrining > 0).Counts.Diskrining;

        var before = (Screened(Tingkat.Kabupaten), Screened(Tingkat.Puskesmas));
        warehouse.NewInbox().File("P1/skrining_2026.csv", SkriningHeader, First,
            $"S2,2026-03-02,P1,3329014501950001,,L,1980-01-01,{Banjaran},120,80,,,,,,");
        warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo((1L, 1L)));
            Assert.That((Screened(Tingkat.Kabupaten), Screened(Tingkat.Puskesmas), Screened(Tingkat.Desa)), Is.EqualTo((2L, 2L, 2L)));
        });
    }
}
