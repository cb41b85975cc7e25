using Pws.Core.Settings;

namespace Pws.Core.Tests.Settings;

public sealed class SettingsValidatorTests
{
    [Test]
    public void The_shipped_defaults_are_valid()
    {
        Assert.That(SettingsValidator.Problems(new PwsSettings()), Is.Empty);
    }

    [Test]
    public void Every_wrong_setting_is_named_by_its_configuration_key()
    {
        var settings = new PwsSettings
        {
            Kabupaten = "Brebes",
            Warehouse = new WarehouseSettings { Provider = "postgres", Connection = " ", MemoryLimit = "banyak" },
            UciAmbang = 180,
            CbrPerSeribu = 0,
            Import = new ImportSchedule { Cron = "tiap malam", TimeZone = "Asia/Atlantis" },
            FhirSources = [new FhirSourceSettings { KodePuskesmas = "P1", BaseUrl = "ftp://fhir" }],
            Akses = new AksesSettings { Pengguna = [new PenggunaSettings { Nama = "pkm", Peran = "puskesmas" }] },
        };

        var problems = SettingsValidator.Problems(settings).ToList();

        Assert.That(problems, Is.EquivalentTo(new[]
        {
            "Pws:Warehouse:Provider 'postgres' harus duckdb atau sqlserver",
            "Pws:Warehouse:Connection kosong",
            "Pws:Warehouse:MemoryLimit 'banyak' harus berupa ukuran seperti 1GB atau 512MB",
            "Pws:Kabupaten 'Brebes' bukan kode kabupaten/kota (misalnya 33.29) atau provinsi (misalnya 33)",
            "Pws:Import:TimeZone 'Asia/Atlantis' bukan zona waktu yang dikenal",
            "Pws:Import:Cron 'tiap malam' harus ekspresi cron 5 bagian, misalnya 0 1 * * *",
            "Pws:CbrPerSeribu 0 harus di antara 0 dan 100",
            "Pws:UciAmbang 180 harus 0 sampai 100",
            "Pws:FhirSources:0:BaseUrl 'ftp://fhir' bukan alamat http(s)",
            "Pws:Akses:Pengguna:0:KodePuskesmas kosong untuk peran KEPALA_PUSKESMAS",
            "Pws:Akses:Pengguna:0:KataSandi kosong: isi dengan hasil perintah kata-sandi",
        }));
    }

    [Test]
    public void Invalid_settings_stop_with_one_message_naming_each()
    {
        var settings = new PwsSettings { Warehouse = new WarehouseSettings { Provider = "oracle" } };

        Assert.That(() => SettingsValidator.Validated(settings), Throws.TypeOf<SettingsException>()
            .With.Message.EqualTo("Setelan tidak sah: Pws:Warehouse:Provider 'oracle' harus duckdb atau sqlserver."));
    }
}
