using Pws.Testing;
using static Pws.Etl.Tests.Sources.Fhir.SatuSehat;

namespace Pws.Etl.Tests.Import;

/// <summary>Village codes from before a pemekaran (SATUSEHAT sandbox patients still carry Papua Barat's 92.01, Kabupaten
/// Sorong, now 96.01 in Papua Barat Daya) in contract and FHIR files: quarantined with a hint, listed for the mapping
/// page, and loaded under the current code at the next run once mapped, without the puskesmas sending anything again.</summary>
public sealed class KodeDesaLamaTests
{
    private const string Lama = "92.01.01.2002", Sekarang = "96.01.01.2002";

    [Test]
    public void An_old_village_code_waits_with_a_hint_and_loads_under_its_current_code_once_mapped()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("P1/kunjungan_2026.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("K-1", "2026-02-01", "P1", Nik, "33.29.01.2001"),
                InboxBuilder.Visit("K-2", "2026-02-03", "P1", "3329014501800097", Lama))
            .File("P1/fhir/pasien.ndjson",
                Line(Patient("P9", nikValue: "9201014501800003", village: "9201012002", province: "92", city: "9201", district: "920101")),
                Line(Observation("obs-gds", "2339-0", "250", "mg/dL", subject: "Patient/P9")));

        warehouse.Import();
        var reasons = warehouse.Query<string>("SELECT alasan FROM karantina ORDER BY sumber");
        var waiting = warehouse.Query<(string, string, string)>("SELECT jenis, kolom, nilai FROM karantina_pemetaan ORDER BY sumber");
        warehouse.Query<int>($"INSERT INTO pemetaan VALUES ('desa', '', '{Lama}', '{Sekarang}', 'uji', now()) RETURNING 1");
        warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(reasons.Where(r => r.Contains(Lama, StringComparison.Ordinal)), Has.Exactly(2).Contain("kabupaten/kota 92.01 tidak ada lagi")
                .And.All.Contain("halaman Pemetaan"), "the visit row and the FHIR patient");
            Assert.That(waiting, Is.EqualTo(new[] { ("desa", "administrativeCode", Lama), ("desa", "kode_desa", Lama) }));
            Assert.That(warehouse.Query<(string, string, bool)>("SELECT id_kunjungan, kode_desa, luar_wilayah FROM kunjungan ORDER BY id_kunjungan"),
                Is.EqualTo(new[] { ("K-1", "33.29.01.2001", false), ("K-2", Sekarang, true) }));
            Assert.That(warehouse.Query<string>("SELECT kode_desa FROM skrining"), Is.EqualTo(new[] { Sekarang }));
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM karantina").Single(), Is.Zero);
            Assert.That(warehouse.Query<long>("SELECT count(*) FROM karantina_pemetaan").Single(), Is.Zero);
        });
    }

    [Test]
    public void A_mistyped_code_of_a_known_kabupaten_is_not_called_an_old_one()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox().File("P1/kunjungan_2026.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2026-02-01", "P1", Nik, "33.29.01.2999"));

        warehouse.Import();

        Assert.That(warehouse.Query<string>("SELECT alasan FROM karantina").Single(),
            Is.EqualTo("kode_desa '33.29.01.2999' tidak terdaftar di kode wilayah Kemendagri; bila ini kode lama atau kode lain, petakan ke kode sekarang di halaman Pemetaan"));
    }

    [Test]
    public void A_bps_style_code_in_a_contract_file_loads_through_the_crosswalk()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox().File("P1/kunjungan_2026.csv", InboxBuilder.KunjunganHeader,
            InboxBuilder.Visit("K-1", "2026-02-01", "P1", Nik, "3329010001"));
        warehouse.Import();
        warehouse.Query<int>("INSERT INTO pemetaan VALUES ('desa', 'P1', '3329010001', '33.29.01.2001', 'uji', now()) RETURNING 1");

        warehouse.Import();

        Assert.That(warehouse.Query<string>("SELECT kode_desa FROM kunjungan"), Is.EqualTo(new[] { "33.29.01.2001" }),
            "BPS writes Banjaran 3329010001; the Dinkes mapped it once for this puskesmas");
    }
}
