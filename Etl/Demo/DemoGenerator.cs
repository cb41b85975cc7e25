using System.Globalization;

namespace Pws.Etl.Demo;

/// <summary>Writes a deterministic demo inbox for Kabupaten Brebes in the data contract's format: master
/// files (puskesmas, wilayah kerja, sasaran, twelve months of JKN) and per puskesmas a visit file and a
/// screening file a month, for every service code of the catalog, in the export styles puskesmas really
/// send, with the bad rows real inboxes carry; one puskesmas sends its KIA services as monthly counts. Large sasaran groups are sampled (see DemoPrograms).</summary>
public sealed class DemoGenerator(DemoOptions options)
{
    /// <summary>Crude birth rate per 1,000 used to size the demo's sasaran (Central Java, recent years).</summary>
    private const double CbrPerSeribu = 16.6;

    private readonly Random random = new(options.Seed);
    private readonly BrebesArea area = new();
    private readonly Dictionary<string, Dictionary<string, int>> sasaran = [];
    private readonly Dictionary<string, double> performance = [];

    public void Write(string inbox)
    {
        var people = new DemoPeople(random);
        var master = Directory.CreateDirectory(Path.Combine(inbox, "master")).FullName;
        WriteMasters(master);
        var activity = new DemoActivity(random, people, area, sasaran, performance, options);
        var visits = activity.Visits().Where(InPeriod).ToList();
        var screenings = activity.Screenings().Where(s => s.Tanggal <= options.SampaiTanggal && s.Tanggal.Year == options.Tahun).ToList();
        new DemoJkn(random, area, sasaran, options).Write(master);

        for (var index = 0; index < area.PuskesmasList.Count; index++)
        {
            var puskesmas = area.PuskesmasList[index];
            var folder = Path.Combine(inbox, puskesmas.Kode);
            var files = new DemoFiles(folder, DemoFiles.StyleFor(index));
            var ownVisits = visits.Where(v => v.KodePuskesmas == puskesmas.Kode).ToList();
            if (index == DemoAgregat.PuskesmasIndex)
            {
                new DemoAgregat(folder).Write(options.Tahun, ownVisits.Where(v => DemoAgregat.Layanan.Contains(v.Layanan)));
                ownVisits = ownVisits.Where(v => !DemoAgregat.Layanan.Contains(v.Layanan)).ToList();
            }
            files.WriteVisits(puskesmas.Kode, options.Tahun, ownVisits);
            var own = screenings.Where(s => s.KodePuskesmas == puskesmas.Kode);
            // Four puskesmas report their screenings to SATUSEHAT; one of them exports NDJSON.
            if (index % 9 == 4) new DemoFhir(Path.Combine(folder, "fhir"), ndjson: index == 31).Write(puskesmas.Kode, options.Tahun, own);
            else files.WriteScreenings(puskesmas.Kode, options.Tahun, own);
        }
        new DemoBadInput(area, options).Write(inbox, visits);
    }

    private bool InPeriod(DemoVisit v) => v.Tanggal <= options.SampaiTanggal && v.Tanggal.Year == options.Tahun;

    private void WriteMasters(string folder)
    {
        File.WriteAllLines(Path.Combine(folder, "puskesmas.csv"),
            ["kode_puskesmas,nama,kode_kecamatan", .. area.PuskesmasList.Select(p => $"{p.Kode},{p.Nama},{p.KodeKecamatan}")], DemoFiles.Utf8);
        File.WriteAllLines(Path.Combine(folder, "wilayah_kerja.csv"),
            ["kode_puskesmas,kode_desa", .. area.PuskesmasList.SelectMany(p => p.Desa.Select(d => $"{p.Kode},{d.Kode}"))], DemoFiles.Utf8);

        var lines = new List<string> { "tahun,kode_desa,jenis_sasaran,jumlah" };
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
            var village = sasaran[desa.Kode] = [];
            foreach (var (jenis, jumlah) in types)
            {
                village[jenis] = (int)Math.Ceiling(jumlah);
                if (missingMaternal && jenis is "IBU_HAMIL" or "IBU_BERSALIN") continue;
                lines.Add($"{options.Tahun},{desa.Kode},{jenis},{village[jenis]}");
            }
            performance[desa.Kode] = 0.55 + random.NextDouble() * 0.5;
        }
        File.WriteAllLines(Path.Combine(folder, $"sasaran_{options.Tahun}.csv"), lines, DemoFiles.Utf8);
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Local(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
