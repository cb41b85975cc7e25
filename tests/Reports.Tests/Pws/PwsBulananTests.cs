using Microsoft.Extensions.DependencyInjection;
using Pws.Reports.Definitions;
using Pws.Reports.Pws;
using Pws.Testing;

namespace Pws.Reports.Tests.Pws;

/// <summary>The months a projection follows are kept between requests, and an import is seen by the next read of the
/// same running service.</summary>
public sealed class PwsBulananTests
{
    [Test]
    public void Visits_imported_after_a_read_move_the_next_reads_projection()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Salem,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah", "2025,33.29.01.2001,IBU_HAMIL,24")
            .File("P1/kunjungan_2025-01.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("K-1", "2025-01-10", "P1", "3329010101900001", "33.29.01.2001"));
        warehouse.Import();
        using var services = warehouse.Services();
        var pws = services.GetRequiredService<PwsQuery>();
        var februari = new Periode(2025, 2);
        var before = pws.Run("K1", februari).Desa.Single(d => d.KodeDesa == "33.29.01.2001");

        warehouse.NewInbox().File("P1/kunjungan_2025-02.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-2", "2025-02-03", "P1", "3329010101900002", "33.29.01.2001"),
            InboxBuilder.Visit("K-3", "2025-02-04", "P1", "3329010101900003", "33.29.01.2001"),
            InboxBuilder.Visit("K-4", "2025-02-05", "P1", "3329010101900004", "33.29.01.2001"));
        warehouse.Import();
        var after = pws.Run("K1", februari).Desa.Single(d => d.KodeDesa == "33.29.01.2001");

        Assert.That(services.GetRequiredService<PwsBulanan>().Tahun("K1", 2025).Sampai("33.29.01.2001", februari.Bulan), Is.EqualTo(new[] { 1, 3 }));
        Assert.That(after.Proyeksi?.ProyeksiDesember, Is.Not.EqualTo(before.Proyeksi?.ProyeksiDesember));
        Assert.That(after.Kumulatif, Is.EqualTo(4));
    }
}
