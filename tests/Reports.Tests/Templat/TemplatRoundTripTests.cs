using System.Diagnostics;
using ClosedXML.Excel;
using Pws.Testing;

namespace Pws.Reports.Tests.Templat;

/// <summary>A template filled as a puskesmas fills it (a few valid rows typed into the first sheet) and dropped into the
/// inbox where its guide says imports through the real ETL with nothing quarantined. The master files go the way the
/// guide says too: saved as CSV (here by LibreOffice, as a user's office suite would) into the master folder.</summary>
[NonParallelizable]
public sealed class TemplatRoundTripTests
{
    private TemplatWarehouse templat = null!;
    private TempFolder filled = null!;

    [OneTimeSetUp]
    public void ImportMasters()
    {
        templat = new TemplatWarehouse();
        filled = new TempFolder();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        templat.Dispose();
        filled.Dispose();
    }

    private TestWarehouse Warehouse => templat.Warehouse;

    [Test]
    public void A_filled_visit_template_in_the_puskesmas_folder_imports_with_no_row_quarantined()
    {
        var file = Path.Combine(Warehouse.Inbox, "P1", "kunjungan_2025-03.xlsx");
        Fill(templat.KepalaP1("kunjungan"), file,
            ["K-1", new DateTime(2025, 3, 5), "P1", "3329015501950001", null, "P", new DateTime(1995, 1, 15), "33.29.01.2001", "ANC_K1",
                "POSYANDU"],
            ["K-2", new DateTime(2025, 3, 6), "P1", null, "RM-7", "L", null, "33.29.01.2002", "PELAYANAN_HIPERTENSI", null],
            ["K-3", new DateTime(2025, 3, 7), "P1", "3329026007240002", null, "L", new DateTime(2024, 7, 20), "33.29.02.2001",
                "IMUNISASI_DASAR_LENGKAP", "DALAM_GEDUNG"]);

        var summary = Warehouse.Import();

        Assert.That(Warehouse.Query<string>("SELECT sumber || ' ' || kolom || ' ' || alasan FROM karantina"), Is.Empty);
        Assert.That(summary.RowsQuarantined, Is.Zero, summary.ToString());
        Assert.That(Warehouse.Query<string>("SELECT id_kunjungan || ' ' || CAST(tanggal AS VARCHAR) || ' ' || kode_desa || ' ' || layanan " +
                                            "FROM kunjungan ORDER BY id_kunjungan"), Is.EqualTo(new[]
        {
            "K-1 2025-03-05 33.29.01.2001 ANC_K1", "K-2 2025-03-06 33.29.01.2002 PELAYANAN_HIPERTENSI",
            "K-3 2025-03-07 33.29.02.2001 IMUNISASI_DASAR_LENGKAP",
        }));
    }

    [Test]
    public void A_filled_screening_template_in_the_puskesmas_folder_imports_with_no_row_quarantined()
    {
        var file = Path.Combine(Warehouse.Inbox, "P1", "skrining_2025-03.xlsx");
        Fill(templat.KepalaP1("skrining"), file,
            ["S-1", new DateTime(2025, 3, 6), "P1", "3329016001600001", null, "L", new DateTime(1960, 1, 1), "33.29.01.2001",
                150, 95, 210.5, 190, "T", "T", "CEK_SERENTAK", "Y"],
            ["S-2", new DateTime(2025, 3, 6), "P1", null, "RM-9", "P", new DateTime(1990, 7, 7), "33.29.01.2002",
                null, null, null, null, "Y", null, "POSBINDU", null]);

        var summary = Warehouse.Import();

        Assert.That(Warehouse.Query<string>("SELECT sumber || ' ' || kolom || ' ' || alasan FROM karantina"), Is.Empty);
        Assert.That(summary.RowsQuarantined, Is.Zero, summary.ToString());
        Assert.That(Warehouse.Query<string>("SELECT id_skrining || ' ' || coalesce(CAST(gula_darah_sewaktu AS VARCHAR), '-') FROM skrining " +
                                            "ORDER BY id_skrining"), Is.EqualTo(new[] { "S-1 210.5", "S-2 -" }));
    }

    [Test]
    public void Filled_sasaran_and_JKN_templates_saved_as_CSV_into_the_master_folder_import_with_no_row_quarantined()
    {
        var sasaran = filled["sasaran_2025.xlsx"];
        Fill(templat.Analis("sasaran"), sasaran,
            [2025, "33.29.01.2001", "IBU_HAMIL", 12],
            [2025, "33.29.01.2002", "BAYI", 30]);
        var jkn = filled["jkn_2025-03.xlsx"];
        Fill(templat.Analis("jkn"), jkn,
            ["2025-03", "33.29.01.2001", 5400, 5100, 4300]);
        SaveAsCsv(Path.Combine(Warehouse.Inbox, "master"), sasaran, jkn);

        var summary = Warehouse.Import();

        Assert.That(Warehouse.Query<string>("SELECT sumber || ' ' || kolom || ' ' || alasan FROM karantina"), Is.Empty);
        Assert.That(summary.RowsQuarantined, Is.Zero, summary.ToString());
        Assert.That(Warehouse.Query<string>("SELECT kode_desa || ' ' || jenis_sasaran || ' ' || CAST(jumlah AS VARCHAR) FROM sasaran " +
                                            "WHERE tahun = 2025 ORDER BY kode_desa"),
            Is.EqualTo(new[] { "33.29.01.2001 IBU_HAMIL 12", "33.29.01.2002 BAYI 30" }));
        Assert.That(Warehouse.Query<string>("SELECT kode_desa || ' ' || CAST(peserta_aktif AS VARCHAR) FROM jkn " +
                                            "WHERE tahun = 2025 AND bulan = 3"),
            Is.EqualTo(new[] { "33.29.01.2001 4300" }));
    }

    /// <summary>Types the rows into the template's first sheet from row 2, as a user does: text into the text columns,
    /// dates and numbers as Excel stores them, blanks left empty.</summary>
    private static void Fill(string template, string target, params object?[][] rows)
    {
        using var workbook = new XLWorkbook(template);
        var sheet = workbook.Worksheet(1);
        for (var r = 0; r < rows.Length; r++)
        for (var c = 0; c < rows[r].Length; c++)
        {
            var cell = sheet.Cell(r + 2, c + 1);
            switch (rows[r][c])
            {
                case null: break;
                case string text: cell.SetValue(text); break;
                case DateTime date: cell.SetValue(date); break;
                case int number: cell.SetValue(number); break;
                case double number: cell.SetValue(number); break;
                default: throw new ArgumentException($"Nilai tak dikenal: {rows[r][c]}");
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        workbook.SaveAs(target);
    }

    /// <summary>Saves each workbook's first sheet as UTF-8 CSV beside the name it had, as File > Save As > CSV UTF-8 does.</summary>
    private void SaveAsCsv(string folder, params string[] workbooks)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
            Assert.Fail("LibreOffice (soffice) tidak terpasang: tests/run.sh memasangnya dengan apt-get install libreoffice-calc-nogui.");
        var start = new ProcessStartInfo(soffice!, ["--headless", "--norestore", $"-env:UserInstallation=file://{filled["lo-profile"]}",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder, .. workbooks])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        process.WaitForExit(120_000);
        Assert.That(process.ExitCode, Is.EqualTo(0), process.StandardError.ReadToEnd());
        foreach (var workbook in workbooks)
            Assert.That(File.Exists(Path.Combine(folder, Path.GetFileNameWithoutExtension(workbook) + ".csv")), Is.True,
                process.StandardOutput.ReadToEnd());
    }
}
