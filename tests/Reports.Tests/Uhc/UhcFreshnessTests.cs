using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Uhc;
using Pws.Testing;

namespace Pws.Reports.Tests.Uhc;

/// <summary>The area's villages and the latest JKN month are kept between requests, and an import of JKN files is
/// seen by the next read of the same running service.</summary>
public sealed class UhcFreshnessTests
{
    [Test]
    public void A_JKN_file_imported_after_the_list_was_read_is_shown_by_the_next_read()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Salem,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
            .File("master/jkn_2025-06.csv", "periode,kode_desa,penduduk,peserta_jkn,peserta_aktif", "2025-06,33.29.01.2001,1000,900,800");
        warehouse.Import();
        using var services = warehouse.Services();
        var uhc = services.GetRequiredService<UhcQuery>();
        var juni = new Periode(2025, 6);
        Assert.That(uhc.Run(juni).Single(r => r.KodeDesa == "33.29.01.2001").PesertaJkn, Is.EqualTo(900));
        Assert.That(uhc.LatestPeriode(), Is.EqualTo(juni));

        warehouse.NewInbox()
            .File("master/jkn_2025-06.csv", "periode,kode_desa,penduduk,peserta_jkn,peserta_aktif", "2025-06,33.29.01.2001,1000,990,850")
            .File("master/jkn_2025-07.csv", "periode,kode_desa,penduduk,peserta_jkn,peserta_aktif", "2025-07,33.29.01.2001,1000,995,860");
        warehouse.Import();

        var desa = uhc.Run(juni).Single(r => r.KodeDesa == "33.29.01.2001");
        Assert.That((desa.PesertaJkn, desa.StatusUhc), Is.EqualTo(((int?)990, "UHC_PRIORITAS")));
        Assert.That(uhc.LatestPeriode(), Is.EqualTo(new Periode(2025, 7)));
    }
}
