namespace Pws.Etl.Demo;

/// <summary>What real inboxes contain besides good rows: each bad row must reach the karantina with its
/// reason, an empty file is quarantined whole, and a correction file resends a visit with a fixed village
/// (the later file wins).</summary>
internal sealed class DemoBadInput(BrebesArea area, DemoOptions options)
{
    public void Write(string inbox, IReadOnlyList<DemoVisit> visits)
    {
        var puskesmas = area.PuskesmasList[1];
        var desa = puskesmas.Desa[0].Kode;
        var day = options.SampaiTanggal.AddDays(-3);
        // A typist's swapped digits (2026 -> 2062): a date in the future whatever the demo year.
        var future = new DateOnly(options.Tahun / 100 * 100 + options.Tahun % 10 * 10 + options.Tahun / 10 % 10, day.Month, 1);
        var lahir = DemoGenerator.Iso(day.AddYears(-25));
        string Row(string id, string tanggal, string kode, string nik, string kodeDesa, string layanan, string tempat, string? tanggalLahir = null) =>
            string.Join(',', id, tanggal, kode, nik, "", "P", tanggalLahir ?? lahir, kodeDesa, layanan, tempat);

        var files = new DemoFiles(Path.Combine(inbox, puskesmas.Kode), DemoFiles.Style.Comma);
        files.Write($"kunjungan_{options.Tahun}-susulan.csv", "id_kunjungan,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,layanan,tempat",
        [
            Row("SUSULAN-01", DemoGenerator.Iso(day), puskesmas.Kode, "33290152030", desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-02", DemoGenerator.Iso(day), puskesmas.Kode, "3329015203950001", desa, "ANC_K9", "POSYANDU"),
            Row("SUSULAN-03", DemoGenerator.Iso(future), puskesmas.Kode, "3329015203950002", desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-04", DemoGenerator.Iso(day), puskesmas.Kode, "3329015203950003", "33.29.99.2999", "ANC_K1", "POSYANDU"),
            Row("SUSULAN-05", DemoGenerator.Iso(day), "P0000000001", "3329015203950004", desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-06", DemoGenerator.Iso(day), puskesmas.Kode, "", desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-07", DemoGenerator.Iso(day), puskesmas.Kode, "3329015203950005", desa, "ANC_K1", "POSYANDU", DemoGenerator.Iso(day.AddDays(1))),
            Row("SUSULAN-08", $"31/02/{options.Tahun}", puskesmas.Kode, "3329015203950006", desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-09", DemoGenerator.Iso(day), puskesmas.Kode, "3329015203950007", desa, "ANC_K1", "RUMAH"),
        ]);
        files.Write($"skrining_{options.Tahun}-susulan.csv",
            "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk",
        [
            $"SUSULAN-S1,{DemoGenerator.Iso(day)},{puskesmas.Kode},3329015203950008,,P,{lahir},{desa},400,90,,,,,CEK_SERENTAK,",
            $"SUSULAN-S2,{DemoGenerator.Iso(day)},{puskesmas.Kode},3329015203950009,,P,,{desa},130,80,,,,,CEK_SERENTAK,",
            $"SUSULAN-S3,{DemoGenerator.Iso(day)},{puskesmas.Kode},3329015203950010,,P,{lahir},{desa},130,80,,,ya,,PUSLING,",
        ]);
        File.WriteAllBytes(Path.Combine(inbox, puskesmas.Kode, $"kunjungan_{options.Tahun}-kosong.csv"), []);

        var first = area.PuskesmasList[0];
        var (id, visit) = DemoFiles.Numbered(first.Kode, options.Tahun, visits.Where(v => v.KodePuskesmas == first.Kode)).FirstOrDefault();
        if (visit is null) return;
        var correction = new DemoFiles(Path.Combine(inbox, first.Kode), DemoFiles.StyleFor(0));
        correction.Write($"kunjungan_{options.Tahun}-{visit.Tanggal.Month:D2}_koreksi.csv",
            "id_kunjungan,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,layanan,tempat",
            [correction.VisitLine(id, visit with { KodeDesa = first.Desa[^1].Kode })]);
    }
}
