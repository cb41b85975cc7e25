using System.Text.RegularExpressions;
using Pws.Etl.Sources.Profil;
using Pws.Testing;
using Workbook = Pws.Etl.Tests.Inbox.TestWorkbook;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>Users write profiles from the README alone: its complete examples are valid profiles, and the wide
/// master layouts it shows load the figures they hold.</summary>
public sealed class ReadmeProfilTests
{
    private static IReadOnlyList<string> ReadmeProfiles()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var section = readme[readme.IndexOf("## Bringing a puskesmas in", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        return Regex.Matches(section, "```yaml\n(.*?)```", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .Where(text => text.StartsWith("nama:", StringComparison.Ordinal))
            .ToList();
    }

    private static void Sheet(string path, params string[][] rows) =>
        new Workbook().Sheet("data", rows.Select((row, r) => Workbook.Row((uint)r + 1,
            row.Select((value, c) => Workbook.Inline($"{ProfilTable.ColumnLetters(c)}{r + 1}", value)).ToArray())).ToArray()).Save(path);

    [Test]
    public void Every_complete_profile_in_the_readme_is_valid()
    {
        var profiles = ReadmeProfiles();

        Assert.That(profiles, Has.Count.GreaterThanOrEqualTo(5));
        foreach (var text in profiles)
            Assert.DoesNotThrow(() => ProfilParser.Parse(text, "profil/readme.yaml"), text);
    }

    [Test]
    public void The_wide_sasaran_and_jkn_layouts_of_the_readme_load_one_row_per_village_and_target_or_month()
    {
        using var warehouse = new TestWarehouse();
        var profiles = ReadmeProfiles();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
            .File("profil/sasaran.yaml", profiles.Single(p => p.Contains("nama: sasaran-lebar")))
            .File("profil/jkn.yaml", profiles.Single(p => p.Contains("nama: jkn-lebar")));
        warehouse.Import();
        Sheet(Path.Combine(warehouse.Inbox, "master", "sasaran_lebar_2026.xlsx"),
            ["Nama Desa", "Bumil", "Bulin", "Bayi"],
            ["Banjaran", "40", "38", ""],
            ["Desa Bentar", "25", "24", "23"]);
        Sheet(Path.Combine(warehouse.Inbox, "master", "jkn_tahunan_2026.xlsx"),
            ["Kode Desa", "Penduduk Jan", "Peserta Jan", "Aktif Jan"],
            ["3329012001", "1000", "900", "800"]);

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Sources.Select(s => s.Error), Has.All.Null);
            Assert.That(warehouse.Query<(string, string, long)>("SELECT kode_desa, jenis_sasaran, jumlah FROM sasaran WHERE tahun = 2026 ORDER BY 1, 2"),
                Is.EqualTo(new[]
                {
                    ("33.29.01.2001", "IBU_BERSALIN", 38L), ("33.29.01.2001", "IBU_HAMIL", 40L),
                    ("33.29.01.2002", "BAYI", 23L), ("33.29.01.2002", "IBU_BERSALIN", 24L), ("33.29.01.2002", "IBU_HAMIL", 25L),
                }));
            Assert.That(warehouse.Query<(string, long, long, long)>("SELECT kode_desa, penduduk, peserta_jkn, peserta_aktif FROM jkn"),
                Is.EqualTo(new[] { ("33.29.01.2001", 1000L, 900L, 800L) }));
        });
    }

    [Test]
    public void The_PWS_KIA_form_of_the_readme_loads_a_count_per_village_service_and_month()
    {
        using var warehouse = new TestWarehouse();
        warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002")
            .File("profil/pws-kia.yaml", ReadmeProfiles().Single(p => p.Contains("nama: pws-kia")));
        Directory.CreateDirectory(Path.Combine(warehouse.Inbox, "P1"));
        Sheet(Path.Combine(warehouse.Inbox, "P1", "pws_kia_2026-03.xlsx"),
            ["PWS KIA"],
            ["PUSKESMAS", "Puskesmas Satu"],
            ["BULAN", "Maret 2026"],
            [""],
            ["No", "Desa", "akses", "murni", "K4", "linakes", "kn_lgkp"],
            ["1", "Banjaran", "4", "3", "2", "", "0"],
            ["2", "Desa Bentar", "1", "1", "", "1", ""]);

        var summary = warehouse.Import();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Sources.Select(s => s.Error), Has.All.Null);
            Assert.That(warehouse.Query<(string, long, long, string, long)>(
                    "SELECT kode_desa, tahun, bulan, layanan, jumlah FROM agregat ORDER BY kode_desa, layanan"),
                Is.EqualTo(new[]
                {
                    ("33.29.01.2001", 2026L, 3L, "ANC_K1", 4L), ("33.29.01.2001", 2026L, 3L, "ANC_K4", 2L), ("33.29.01.2001", 2026L, 3L, "KN_LENGKAP", 0L),
                    ("33.29.01.2002", 2026L, 3L, "ANC_K1", 1L), ("33.29.01.2002", 2026L, 3L, "PERSALINAN_FASKES", 1L),
                }));
        });
    }
}
