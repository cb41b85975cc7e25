using System.Globalization;
using System.Text;

namespace Pws.Etl.Demo;

/// <summary>Writes a deterministic demo inbox for Kabupaten Brebes in the data contract's format:
/// master files, and per puskesmas one visit file a month for the pregnancies of the year (K1, K4, K6),
/// in the export styles puskesmas really send, with a handful of bad rows the ETL must quarantine.</summary>
public sealed class DemoGenerator(DemoOptions options)
{
    /// <summary>Crude birth rate per 1,000 used to size the demo's sasaran (Central Java, recent years).</summary>
    private const double CbrPerSeribu = 16.6;

    private readonly Random random = new(options.Seed);
    private readonly BrebesArea area = new();
    private static readonly UTF8Encoding Utf8Bom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private sealed record Visit(string KodePuskesmas, DateOnly Tanggal, string? Nik, string? NoRm, DateOnly TanggalLahir,
        string KodeDesa, string Layanan, string Tempat);

    public void Write(string inbox)
    {
        var master = Directory.CreateDirectory(Path.Combine(inbox, "master")).FullName;
        WriteMasters(master, out var ibuHamil);
        var visits = Pregnancies(ibuHamil).Where(v => v.Tanggal <= options.SampaiTanggal && v.Tanggal.Year == options.Tahun).ToList();
        var index = 0;
        foreach (var puskesmas in area.PuskesmasList)
        {
            var style = index++ % 5 == 0 ? ExportStyle.Semicolon : ExportStyle.Comma;
            var folder = Directory.CreateDirectory(Path.Combine(inbox, puskesmas.Kode)).FullName;
            var own = visits.Where(v => v.KodePuskesmas == puskesmas.Kode).OrderBy(v => v.Tanggal).ToList();
            var sequence = 0;
            foreach (var month in own.GroupBy(v => v.Tanggal.Month))
            {
                var lines = month.Select(v => Line(style, $"{puskesmas.Kode}-{options.Tahun}{month.Key:D2}-{++sequence:D5}", v)).ToList();
                WriteFile(Path.Combine(folder, $"kunjungan_{options.Tahun}-{month.Key:D2}.csv"), style, lines);
            }
        }
        WriteBadInput(inbox, visits);
    }

    private void WriteMasters(string folder, out Dictionary<string, int> ibuHamil)
    {
        File.WriteAllLines(Path.Combine(folder, "puskesmas.csv"),
            ["kode_puskesmas,nama,kode_kecamatan", .. area.PuskesmasList.Select(p => $"{p.Kode},{p.Nama},{p.KodeKecamatan}")], Utf8);
        File.WriteAllLines(Path.Combine(folder, "wilayah_kerja.csv"),
            ["kode_puskesmas,kode_desa", .. area.PuskesmasList.SelectMany(p => p.Desa.Select(d => $"{p.Kode},{d.Kode}"))], Utf8);

        ibuHamil = [];
        var sasaran = new List<string> { "tahun,kode_desa,jenis_sasaran,jumlah" };
        var villageIndex = 0;
        foreach (var desa in area.Villages)
        {
            var kelurahan = desa.Kode[9] == '1';
            var penduduk = kelurahan ? random.Next(8_000, 20_000) : random.Next(2_500, 12_000);
            var births = CbrPerSeribu / 1000 * penduduk;
            var types = new (string Jenis, double Jumlah)[]
            {
                ("PENDUDUK", penduduk), ("IBU_HAMIL", 1.10 * births), ("IBU_BERSALIN", 1.05 * births),
                ("BAYI_BARU_LAHIR", births), ("BAYI", births), ("BALITA", 0.08 * penduduk), ("USIA_DIKDAS", 0.13 * penduduk),
                ("USIA_PRODUKTIF", 0.66 * penduduk), ("LANSIA", 0.11 * penduduk), ("PENDERITA_HIPERTENSI", 0.07 * penduduk),
                ("PENDERITA_DM", 0.02 * penduduk), ("ODGJ_BERAT", 0.0015 * penduduk), ("TERDUGA_TB", 0.006 * penduduk),
                ("RISIKO_HIV", 0.004 * penduduk),
            };
            // Every 60th village has not sent its maternal sasaran yet: its coverage must show as unknown.
            var missingMaternal = villageIndex++ % 60 == 59;
            foreach (var (jenis, jumlah) in types)
            {
                if (missingMaternal && jenis is "IBU_HAMIL" or "IBU_BERSALIN") continue;
                sasaran.Add($"{options.Tahun},{desa.Kode},{jenis},{(int)Math.Ceiling(jumlah)}");
            }
            ibuHamil[desa.Kode] = (int)Math.Ceiling(1.10 * births);
        }
        File.WriteAllLines(Path.Combine(folder, $"sasaran_{options.Tahun}.csv"), sasaran, Utf8);
    }

    /// <summary>Each village reaches its own share of its pregnant women; each woman has K1 on a day of
    /// the year, and most go on to K4 and K6. Most are served by their own puskesmas.</summary>
    private IEnumerable<Visit> Pregnancies(Dictionary<string, int> ibuHamil)
    {
        var serving = area.PuskesmasList.SelectMany(p => p.Desa.Select(d => (d.Kode, p.Kode))).ToDictionary(x => x.Item1, x => x.Item2);
        var start = new DateOnly(options.Tahun, 1, 1);
        var serial = 0;
        var women = area.Villages.SelectMany(desa =>
        {
            var performance = 0.55 + random.NextDouble() * 0.5;
            var count = (int)Math.Round(ibuHamil[desa.Kode] * performance * options.Skala);
            return Enumerable.Range(0, count).Select(_ => (desa.Kode, serving[desa.Kode]));
        }).ToList();
        // Residents of neighbouring kabupaten served by border puskesmas: kept, counted as luar wilayah.
        var border = area.PuskesmasList.Where(p => p.KodeKecamatan is "33.29.12" or "33.29.07").Select(p => p.Kode).ToList();
        women.AddRange(Enumerable.Range(0, Math.Max(2, (int)(women.Count * 0.01)))
            .Select(_ => (area.NeighbourVillages[random.Next(area.NeighbourVillages.Count)], border[random.Next(border.Count)])));

        foreach (var (kodeDesa, ownPuskesmas) in women)
        {
            var puskesmas = random.NextDouble() < 0.93 ? ownPuskesmas : area.PuskesmasList[random.Next(area.PuskesmasList.Count)].Kode;
            var birth = start.AddYears(-random.Next(18, 41)).AddDays(random.Next(365));
            var hasNik = random.NextDouble() >= 0.08;
            var nik = hasNik ? Nik(kodeDesa, birth, ++serial) : null;
            var noRm = hasNik ? null : $"RM{++serial:D6}";
            var k1 = start.AddDays(random.Next(365));
            yield return new Visit(puskesmas, k1, nik, noRm, birth, kodeDesa, "ANC_K1", Tempat());
            if (random.NextDouble() >= 0.88) continue;
            var k4 = k1.AddDays(random.Next(90, 151));
            yield return new Visit(puskesmas, k4, nik, noRm, birth, kodeDesa, "ANC_K4", Tempat());
            if (random.NextDouble() >= 0.85) continue;
            yield return new Visit(puskesmas, k4.AddDays(random.Next(40, 71)), nik, noRm, birth, kodeDesa, "ANC_K6", Tempat());
        }
    }

    /// <summary>A NIK as Dukcapil writes it: kecamatan code, birth date (day + 40 for women), serial.</summary>
    private static string Nik(string kodeDesa, DateOnly birth, int serial) =>
        $"{kodeDesa[..8].Replace(".", "", StringComparison.Ordinal)}{birth.Day + 40:D2}{birth.Month:D2}{birth.Year % 100:D2}{serial % 10_000:D4}";

    private string Tempat() => random.Next(20) switch
    {
        < 12 => "DALAM_GEDUNG",
        < 17 => "POSYANDU",
        < 19 => "LUAR_GEDUNG",
        _ => "HOMECARE",
    };

    private enum ExportStyle { Comma, Semicolon }

    private static string Header(ExportStyle style) => style == ExportStyle.Comma
        ? "id_kunjungan,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,layanan,tempat"
        // Some puskesmas export from Excel in the Indonesian locale: ';', upper-case headers, dd/MM/yyyy.
        : "ID_KUNJUNGAN ; TANGGAL ; KODE_PUSKESMAS ; NIK ; NO_RM ; JENIS_KELAMIN ; TANGGAL_LAHIR ; KODE_DESA ; LAYANAN ; TEMPAT ; PETUGAS";

    private static string Line(ExportStyle style, string id, Visit v)
    {
        if (style == ExportStyle.Comma)
            return string.Join(',', id, Iso(v.Tanggal), v.KodePuskesmas, v.Nik, v.NoRm, "P", Iso(v.TanggalLahir), v.KodeDesa, v.Layanan, v.Tempat);
        return string.Join(';', id, Local(v.Tanggal), v.KodePuskesmas, v.Nik, v.NoRm, "P", Local(v.TanggalLahir),
            v.KodeDesa.Replace(".", "", StringComparison.Ordinal), v.Layanan, v.Tempat, "Bidan Desa");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Local(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static void WriteFile(string path, ExportStyle style, IEnumerable<string> lines) =>
        File.WriteAllLines(path, [Header(style), .. lines], style == ExportStyle.Semicolon ? Utf8Bom : Utf8);

    /// <summary>What real inboxes contain besides good rows: each must reach the quarantine with its reason,
    /// and a correction file resends a visit with a fixed village (the later file wins).</summary>
    private void WriteBadInput(string inbox, List<Visit> visits)
    {
        var puskesmas = area.PuskesmasList[1];
        var desa = puskesmas.Desa[0].Kode;
        var day = options.SampaiTanggal.AddDays(-3);
        // A typist's swapped digits (2026 -> 2062): a date in the future whatever the demo year.
        var future = new DateOnly(options.Tahun / 100 * 100 + options.Tahun % 10 * 10 + options.Tahun / 10 % 10, day.Month, 1);
        var folder = Path.Combine(inbox, puskesmas.Kode);
        string Row(string id, string tanggal, string kode, string nik, string noRm, string lahir, string kodeDesa, string layanan, string tempat) =>
            string.Join(',', id, tanggal, kode, nik, noRm, "P", lahir, kodeDesa, layanan, tempat);
        var lahir = Iso(day.AddYears(-25));
        File.WriteAllLines(Path.Combine(folder, $"kunjungan_{options.Tahun}-susulan.csv"),
        [
            Header(ExportStyle.Comma),
            Row("SUSULAN-01", Iso(day), puskesmas.Kode, "33290152030", "", lahir, desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-02", Iso(day), puskesmas.Kode, "3329015203950001", "", lahir, desa, "ANC_K9", "POSYANDU"),
            Row("SUSULAN-03", Iso(future), puskesmas.Kode, "3329015203950002", "", lahir, desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-04", Iso(day), puskesmas.Kode, "3329015203950003", "", lahir, "33.29.99.2999", "ANC_K1", "POSYANDU"),
            Row("SUSULAN-05", Iso(day), "P0000000001", "3329015203950004", "", lahir, desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-06", Iso(day), puskesmas.Kode, "", "", lahir, desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-07", Iso(day), puskesmas.Kode, "3329015203950005", "", Iso(day.AddDays(1)), desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-08", $"31/02/{options.Tahun}", puskesmas.Kode, "3329015203950006", "", lahir, desa, "ANC_K1", "POSYANDU"),
            Row("SUSULAN-09", Iso(day), puskesmas.Kode, "3329015203950007", "", lahir, desa, "ANC_K1", "RUMAH"),
        ], Utf8);
        File.WriteAllBytes(Path.Combine(folder, $"kunjungan_{options.Tahun}-kosong.csv"), []);

        var first = area.PuskesmasList[0];
        var corrected = visits.Where(v => v.KodePuskesmas == first.Kode).OrderBy(v => v.Tanggal).FirstOrDefault();
        if (corrected is null) return;
        var id = $"{first.Kode}-{options.Tahun}{corrected.Tanggal.Month:D2}-00001";
        var style = ExportStyle.Semicolon;
        WriteFile(Path.Combine(inbox, first.Kode, $"kunjungan_{options.Tahun}-{corrected.Tanggal.Month:D2}_koreksi.csv"), style,
            [Line(style, id, corrected with { KodeDesa = first.Desa[^1].Kode })]);
    }
}
