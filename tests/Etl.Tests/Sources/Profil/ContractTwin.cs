using Pws.Testing;
using Pws.Warehouse.Migrations;

namespace Pws.Etl.Tests.Sources.Profil;

/// <summary>Two warehouses fed the same people and visits: one reads a puskesmas's own export through a shipped profile
/// (Etl/Sources/Profil/Bawaan), the other the same visits written as contract files. Whatever a user checks (the PWS
/// export per village, the SPM export, the people per village and service) must come out the same.
/// Puskesmas P1 serves Banjaran (33.29.01.2001), Bentar (.2002) and Bentarsari (.2003) in kecamatan Salem.</summary>
public sealed class ContractTwin : IDisposable
{
    public const string Banjaran = "33.29.01.2001", Bentar = "33.29.01.2002", Bentarsari = "33.29.01.2003";

    public TestWarehouse Profil { get; } = new();
    public TestWarehouse Kontrak { get; } = new();

    public ContractTwin(string shippedProfile)
    {
        foreach (var warehouse in new[] { Profil, Kontrak })
            warehouse.NewInbox()
                .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Satu,33.29.01")
                .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", $"P1,{Banjaran}", $"P1,{Bentar}", $"P1,{Bentarsari}")
                .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah",
                    $"2025,{Banjaran},IBU_HAMIL,10", $"2025,{Bentar},IBU_HAMIL,4", $"2025,{Banjaran},IBU_BERSALIN,9", $"2025,{Bentar},IBU_BERSALIN,4",
                    $"2025,{Banjaran},BALITA,20", $"2025,{Bentar},BALITA,8", $"2025,{Banjaran},PENDERITA_HIPERTENSI,30",
                    $"2025,{Banjaran},PENDERITA_DM,12", $"2025,{Bentar},PENDERITA_DM,5");
        File.Copy(Shipped(shippedProfile), Path.Combine(Directory.CreateDirectory(Path.Combine(Profil.Inbox, "profil")).FullName, shippedProfile));
    }

    /// <summary>A profile as it ships, in the source tree.</summary>
    public static string Shipped(string file) => Path.Combine(RepositoryRoot.Path, "Etl", "Sources", "Profil", "Bawaan", file);

    /// <summary>A crosswalk entry the Dinkes made on the mapping page, before the profile's export is read. The
    /// warehouse's schema is created first, as the first import would.</summary>
    public void Crosswalk(string jenis, string nilai, string kode)
    {
        new Migrator(Profil.Dialect).Apply();
        Profil.Query<int>("INSERT INTO pemetaan VALUES ($jenis, 'P1', $nilai, $kode, 'uji', now()) RETURNING 1", new { jenis, nilai, kode });
    }

    public void ImportBoth()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Profil.Import().Failed, Is.Empty, "the profile's import completes");
            Assert.That(Kontrak.Import().Failed, Is.Empty, "the contract twin's import completes");
        });
    }

    public static List<string> PwsExport(TestWarehouse warehouse, string indikator, string periode) =>
        warehouse.ExportCsv("export", "pws", "--indikator", indikator, "--periode", periode, "--kabupaten", "33.29");

    public static List<string> SpmExport(TestWarehouse warehouse, int sampaiBulan) =>
        warehouse.ExportCsv("export", "spm", "--tahun", "2025", "--sampai-bulan", sampaiBulan.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tingkat", "desa", "--kabupaten", "33.29");

    /// <summary>People (distinct persons) per village and service: what coverage counts.</summary>
    public static List<(string KodeDesa, string Layanan, long Orang)> People(TestWarehouse warehouse) =>
        warehouse.Query<(string, string, long)>(
            "SELECT kode_desa, layanan, count(DISTINCT id_orang) FROM kunjungan GROUP BY kode_desa, layanan ORDER BY kode_desa, layanan");

    /// <summary>One village's line of a PWS export.</summary>
    public static string Village(List<string> pws, string kodeDesa) => pws.Single(l => l.StartsWith(kodeDesa + ",", StringComparison.Ordinal));

    /// <summary>The PWS export of every indicator and month given, and the people per village and service, are the
    /// same in both warehouses.</summary>
    public void AssertSameFigures(string[] indikator, string[] periode, int? spmSampaiBulan = null)
    {
        Assert.Multiple(() =>
        {
            foreach (var kode in indikator)
                foreach (var bulan in periode)
                    Assert.That(PwsExport(Profil, kode, bulan), Is.EqualTo(PwsExport(Kontrak, kode, bulan)), $"PWS {kode} {bulan}");
            if (spmSampaiBulan is { } sampai) Assert.That(SpmExport(Profil, sampai), Is.EqualTo(SpmExport(Kontrak, sampai)), "SPM per desa");
            Assert.That(People(Profil), Is.EqualTo(People(Kontrak)), "people per village and service");
        });
    }

    /// <summary>What the profile's warehouse holds, to compare before and after an import that should change nothing.</summary>
    public (List<(string, string, string, string, string)> Visits, List<(string, int?, string?, string)> Karantina) State() =>
        (Profil.Query<(string, string, string, string, string)>(
                "SELECT id_kunjungan, CAST(tanggal AS VARCHAR), id_orang, kode_desa, layanan FROM kunjungan ORDER BY id_kunjungan"),
            Profil.Query<(string, int?, string?, string)>("SELECT sumber, baris, kolom, alasan FROM karantina ORDER BY sumber, baris"));

    public void Dispose()
    {
        Profil.Dispose();
        Kontrak.Dispose();
    }
}
