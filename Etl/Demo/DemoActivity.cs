namespace Pws.Etl.Demo;

/// <summary>What the puskesmas of the demo did in the year: pregnancies (K1, K4, K6), births (persalinan,
/// nifas, neonatal visits), the other programs of the catalog, and screenings. Each village reaches its
/// own share of its sasaran; most people are served by their own puskesmas, some by another (PWS counts
/// them where they live), and a few come from neighbouring kabupaten (luar wilayah).</summary>
internal sealed class DemoActivity(Random random, DemoPeople people, BrebesArea area,
    IReadOnlyDictionary<string, Dictionary<string, int>> sasaran, IReadOnlyDictionary<string, double> performance, DemoOptions options)
{
    /// <summary>Large sasaran groups are sampled at this rate to keep the first start near a minute:
    /// their SPM capaian in the demo reads low on purpose.</summary>
    private const double LargeGroupSample = 0.25;

    private static readonly DemoProgram[] Programs =
    [
        new("KUNJUNGAN_BAYI", "BAYI", 0.85, 0, 0, 1),
        new("IMUNISASI_DASAR_LENGKAP", "BAYI", 0.85, 0, 0, 1),
        new("BALITA_DITIMBANG", "BALITA", 0.8 * LargeGroupSample, 0, 4, 2),
        new("PELAYANAN_BALITA", "BALITA", 0.75 * LargeGroupSample, 0, 4, 1),
        new("SKRINING_USIA_DIKDAS", "USIA_DIKDAS", 0.7 * LargeGroupSample, 7, 15, 1),
        new("PELAYANAN_HIPERTENSI", "PENDERITA_HIPERTENSI", 0.6 * LargeGroupSample, 40, 75, 2),
        new("PELAYANAN_DM", "PENDERITA_DM", 0.6 * LargeGroupSample, 40, 75, 2),
        new("PELAYANAN_ODGJ_BERAT", "ODGJ_BERAT", 0.75, 20, 60, 2),
        new("PEMERIKSAAN_TERDUGA_TB", "TERDUGA_TB", 0.65, 15, 70, 1),
        new("TES_HIV", "RISIKO_HIV", 0.55, 18, 50, 1),
    ];

    private static readonly string[] Kegiatan = ["CEK_SERENTAK", "CEK_SERENTAK", "POSBINDU", "POSBINDU", "PUSLING", "POSYANDU", "DALAM_GEDUNG"];

    private readonly DateOnly start = new(options.Tahun, 1, 1);
    private readonly Dictionary<string, string> serving =
        area.PuskesmasList.SelectMany(p => p.Desa.Select(d => (d.Kode, p.Kode))).ToDictionary(x => x.Item1, x => x.Item2);

    private DateOnly AnyDay() => start.AddDays(random.Next(365));

    private int Count(string desa, string jenis, double coverage) =>
        (int)Math.Round(sasaran[desa][jenis] * coverage * performance[desa] * options.Skala);

    /// <summary>The puskesmas that serves a resident: their own most of the time.</summary>
    private string Puskesmas(string desa) =>
        serving.TryGetValue(desa, out var own) && random.NextDouble() < 0.93 ? own : area.PuskesmasList[random.Next(area.PuskesmasList.Count)].Kode;

    private string Tempat() => random.Next(20) switch
    {
        < 12 => "DALAM_GEDUNG",
        < 16 => "POSYANDU",
        < 18 => "LUAR_GEDUNG",
        < 19 => "PUSLING",
        _ => "HOMECARE",
    };

    public IEnumerable<DemoVisit> Visits()
    {
        foreach (var desa in area.Villages.Select(v => v.Kode))
        {
            foreach (var visit in Pregnancies(Count(desa, "IBU_HAMIL", 1.0), desa)) yield return visit;
            foreach (var visit in Births(Count(desa, "IBU_BERSALIN", 0.9), desa)) yield return visit;
            foreach (var program in Programs)
            foreach (var visit in Program(program, Count(desa, program.JenisSasaran, program.Coverage), desa)) yield return visit;
        }
        // About 1 % more pregnancies come from neighbouring kabupaten: kept, counted as luar wilayah.
        var neighbours = Math.Max(2, area.Villages.Sum(v => Count(v.Kode, "IBU_HAMIL", 1.0)) / 100);
        for (var i = 0; i < neighbours; i++)
            foreach (var visit in Pregnancies(1, area.NeighbourVillages[random.Next(area.NeighbourVillages.Count)])) yield return visit;
    }

    private IEnumerable<DemoVisit> Pregnancies(int count, string desa)
    {
        for (var i = 0; i < count; i++)
        {
            var puskesmas = Puskesmas(desa);
            var birth = people.BirthDate(start, 18, 40);
            var (nik, noRm) = people.Identity(desa, birth, "P");
            DemoVisit Visit(DateOnly date, string layanan) => new(puskesmas, date, nik, noRm, "P", birth, desa, layanan, Tempat());
            var k1 = AnyDay();
            yield return Visit(k1, "ANC_K1");
            if (random.NextDouble() >= 0.88) continue;
            var k4 = k1.AddDays(random.Next(90, 151));
            yield return Visit(k4, "ANC_K4");
            if (random.NextDouble() >= 0.85) continue;
            yield return Visit(k4.AddDays(random.Next(40, 71)), "ANC_K6");
        }
    }

    /// <summary>A mother gives birth in a facility; her baby, known by a medical record number until it
    /// has a NIK, gets its neonatal visits.</summary>
    private IEnumerable<DemoVisit> Births(int count, string desa)
    {
        for (var i = 0; i < count; i++)
        {
            var puskesmas = Puskesmas(desa);
            var born = AnyDay();
            var mother = people.BirthDate(start, 18, 40);
            var (nik, noRm) = people.Identity(desa, mother, "P");
            yield return new DemoVisit(puskesmas, born, nik, noRm, "P", mother, desa, "PERSALINAN_FASKES", "DALAM_GEDUNG");
            if (random.NextDouble() < 0.85)
                yield return new DemoVisit(puskesmas, born.AddDays(random.Next(29, 43)), nik, noRm, "P", mother, desa, "KF_LENGKAP", Tempat());
            if (random.NextDouble() >= 0.95) continue;
            var sex = people.Sex();
            var baby = people.NoRm();
            yield return new DemoVisit(puskesmas, born.AddDays(1), null, baby, sex, born, desa, "KN1", "DALAM_GEDUNG");
            if (random.NextDouble() < 0.87)
                yield return new DemoVisit(puskesmas, born.AddDays(random.Next(8, 29)), null, baby, sex, born, desa, "KN_LENGKAP", Tempat());
        }
    }

    private IEnumerable<DemoVisit> Program(DemoProgram program, int count, string desa)
    {
        for (var i = 0; i < count; i++)
        {
            var puskesmas = Puskesmas(desa);
            var sex = people.Sex();
            var first = AnyDay();
            var birth = program.MaxAge == 0 ? first.AddDays(-random.Next(30, 330)) : people.BirthDate(first, program.MinAge, program.MaxAge);
            var (nik, noRm) = program.MaxAge < 5 ? (null, people.NoRm()) : people.Identity(desa, birth, sex);
            for (var v = 0; v < program.VisitsPerPerson; v++)
                yield return new DemoVisit(puskesmas, v == 0 ? first : first.AddDays(30 * v), nik, noRm, sex, birth, desa, program.Layanan, Tempat());
        }
    }

    /// <summary>Cek Kesehatan for adults: usia produktif (sampled) and lansia, some screened twice.</summary>
    public IEnumerable<DemoScreening> Screenings()
    {
        foreach (var desa in area.Villages.Select(v => v.Kode))
        {
            foreach (var screening in Screen(Count(desa, "USIA_PRODUKTIF", 0.3 * LargeGroupSample * 0.5), desa, 15, 59)) yield return screening;
            foreach (var screening in Screen(Count(desa, "LANSIA", 0.45 * LargeGroupSample), desa, 60, 85)) yield return screening;
        }
    }

    private IEnumerable<DemoScreening> Screen(int count, string desa, int minAge, int maxAge)
    {
        for (var i = 0; i < count; i++)
        {
            var puskesmas = Puskesmas(desa);
            var sex = people.Sex();
            var date = AnyDay();
            var birth = people.BirthDate(date, minAge, maxAge);
            var nik = people.Nik(desa, birth, sex);
            var times = random.NextDouble() < 0.1 ? 2 : 1;
            for (var t = 0; t < times; t++) yield return Measure(puskesmas, date.AddDays(60 * t), nik, sex, birth, desa, maxAge > 59);
        }
    }

    private DemoScreening Measure(string puskesmas, DateOnly date, string nik, string sex, DateOnly birth, string desa, bool lansia)
    {
        int Normal(double mean, double sd) => (int)Math.Round(mean + sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        int? sistolik = null, diastolik = null;
        if (random.NextDouble() < 0.9)
        {
            sistolik = Math.Clamp(Normal(lansia ? 138 : 124, 18), 85, 230);
            diastolik = Math.Clamp(Normal(lansia ? 84 : 79, 11), 50, 130);
        }
        int? gula = random.NextDouble() < 0.45 ? Math.Clamp((int)Math.Round(Math.Exp(4.75 + 0.32 * Normal(0, 1))), 60, 560) : null;
        int? kolesterol = random.NextDouble() < 0.35 ? Math.Clamp(Normal(lansia ? 205 : 188, 36), 100, 380) : null;
        bool? tb = random.NextDouble() < 0.7 ? random.NextDouble() < 0.04 : null;
        bool? kusta = random.NextDouble() < 0.5 ? random.NextDouble() < 0.005 : null;
        var flagged = sistolik >= 140 || diastolik >= 90 || gula >= 200 || kolesterol >= 200 || tb == true || kusta == true;
        return new DemoScreening(puskesmas, date, nik, sex, birth, desa, sistolik, diastolik, gula, kolesterol, tb, kusta,
            Kegiatan[random.Next(Kegiatan.Length)], flagged && random.NextDouble() < 0.6);
    }
}
