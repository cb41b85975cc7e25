using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using Pws.Core.Catalog;
using Pws.Core.Inbox;
using Pws.Etl.Inbox;
using Pws.Etl.Pseudonymization;
using Pws.Etl.Sources.Profil;
using Pws.Etl.Validation;
using Pws.Testing;
using Pws.Warehouse.Dialects;

namespace Pws.Benchmarks;

/// <summary>The cost of reading through an intake profile: the same visits of one kabupaten-year written as contract
/// files and as SIMPUS-style lists (village names, dd-MM-yyyy dates, sex and services as words, no visit id), read
/// and validated side by side in one process, alternating, and imported whole by the ETL program, alternating.</summary>
public sealed class ProfilBenchmark(TempFolder work)
{
    private const string Kabupaten = "33.29";
    private const int Tahun = 2025;
    private const int VisitsPerVillage = 1200;

    private const string Profile = """
        nama: simpus-bench
        jenis: kunjungan
        berlaku: {berkas: "simpus_*.csv"}
        berkas: {pemisah: ";"}
        kolom:
          id_kunjungan: {id_dari: ["No. RM", "Tanggal Kunjungan", "Pelayanan"]}
          tanggal: {kolom: "Tanggal Kunjungan", format_tanggal: "dd-MM-yyyy"}
          nik: NIK
          jenis_kelamin: "Jenis Kelamin"
          tanggal_lahir: {kolom: "Tgl Lahir", format_tanggal: "dd-MM-yyyy"}
          kode_desa: {kolom: Desa, pemetaan: desa}
          layanan: {kolom: Pelayanan, nilai: {"K1": ANC_K1, "K4": ANC_K4, "K6": ANC_K6, "Timbang": BALITA_DITIMBANG, "Hipertensi": PELAYANAN_HIPERTENSI}}
          tempat: {kolom: Tempat, nilai: {"Dalam Gedung": DALAM_GEDUNG, "Posyandu": POSYANDU}}
        """;

    private static readonly (string Word, string Code)[] Services =
        [("K1", "ANC_K1"), ("K4", "ANC_K4"), ("K6", "ANC_K6"), ("Timbang", "BALITA_DITIMBANG"), ("Hipertensi", "PELAYANAN_HIPERTENSI")];

    private static readonly (string Word, string Code)[] Settings = [("Dalam Gedung", "DALAM_GEDUNG"), ("Posyandu", "POSYANDU")];

    public List<BenchFigure> Figures { get; } = [];

    public void Run()
    {
        var contract = work["kontrak"];
        var simpus = work["simpus"];
        var rows = Write(contract, simpus);
        Console.WriteLine($"{rows:N0} kunjungan, ditulis dua kali: berkas kontrak dan daftar gaya SIMPUS dengan profil");

        var imports = new List<(double Contract, double Profil)>();
        for (var round = 0; round < 2; round++)
        {
            var a = Import(contract, work[$"kontrak-{round}.duckdb"]);
            var b = Import(simpus, work[$"simpus-{round}.duckdb"]);
            imports.Add((a, b));
            Console.WriteLine($"impor putaran {round + 1}: kontrak {a:0.0} s, profil {b:0.0} s");
        }

        var reads = new List<(double Contract, double Profil)>();
        var dialect = new DuckDbDialect(work["kontrak-0.duckdb"]);
        for (var round = 0; round < 3; round++)
        {
            var a = ReadAndValidate(dialect, contract, profile: false);
            var b = ReadAndValidate(dialect, simpus, profile: true);
            reads.Add((a, b));
            Console.WriteLine($"baca dan periksa putaran {round + 1}: kontrak {a:0.00} s, profil {b:0.00} s");
        }

        var readRatio = Median(reads.Skip(1).Select(r => r.Profil / r.Contract));
        var importRatio = Median(imports.Select(r => r.Profil / r.Contract));
        Figures.Add(new("profil_read_cost_ratio", readRatio, "x", 1.25, true,
            $"time per row to read and validate {rows:N0} visits through a SIMPUS profile (names, words, dd-MM-yyyy, ids from columns) against the same visits as contract CSV, median of 2 warm rounds"));
        Figures.Add(new("profil_import_cost_ratio", importRatio, "x", 1.25, true,
            "the whole import (read, validate, pseudonymize, merge, marts) of the same two inboxes, median of 2 alternating rounds"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private double Import(string inbox, string warehouse)
    {
        var run = ProgramRun.Start(ProjectOutput.EtlProgram, ["import", "--inbox", inbox, "--warehouse", warehouse, "--kabupaten", Kabupaten],
            new Dictionary<string, string> { ["Pws__KeyFile"] = work["kunci.key"], ["Pws__Warehouse__MemoryLimit"] = "1GB" });
        if (run.Exit != 0) throw new InvalidOperationException($"impor gagal ({run.Exit}): {run.Error}\n{run.Output}");
        return run.Seconds;
    }

    /// <summary>Reads every visit file of the inbox and checks each row with the contract's rules, as the import does
    /// before it writes: the part of the import a profile changes.</summary>
    private static double ReadAndValidate(Dialect dialect, string inbox, bool profile)
    {
        var catalog = IndicatorCatalog.Load();
        var profil = ProfilParser.Parse(Profile, "profil/simpus.yaml");
        using var connection = dialect.Open();
        var villages = connection.Query<string>("SELECT kode FROM wilayah WHERE tingkat = 4 AND berlaku_sampai IS NULL").ToHashSet(StringComparer.Ordinal);
        using var pseudonymizer = new Pseudonymizer(new byte[32]);
        var watch = Stopwatch.StartNew();
        long good = 0;
        foreach (var folder in Directory.GetDirectories(inbox).Where(d => Path.GetFileName(d).StartsWith('P')).Order(StringComparer.Ordinal))
        {
            var kode = Path.GetFileName(folder);
            var context = new RowContext(kode, villages, Kabupaten, catalog.Layanan, new DateOnly(2026, 12, 1), pseudonymizer);
            var reader = profile
                ? new ProfilReader(profil, Pemetaan.Load(dialect, connection, kode, Kabupaten, villages, catalog.Layanan), pseudonymizer, kode)
                : null;
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
            {
                var table = reader is not null
                    ? reader.Open(file, Path.GetFileName(file), new SkippedRows())
                    : TabularFile.Open(file, Path.GetFileName(file), JenisBerkas.Kunjungan.Wajib, JenisBerkas.Kunjungan.Opsional);
                foreach (var record in table.Records)
                    if (TextRules.Check(record).Count == 0 && record.ReadProblems is null && KunjunganRules.Check(record, context).Row is not null)
                        good++;
            }
        }
        var seconds = watch.Elapsed.TotalSeconds;
        if (good == 0) throw new InvalidOperationException("tidak ada baris yang lolos");
        return seconds;
    }

    /// <summary>One puskesmas per kecamatan; each village's visits as a contract file and as a SIMPUS list, where a
    /// village is written by name when the name is unique in its kecamatan.</summary>
    private static long Write(string contract, string simpus)
    {
        var villages = File.ReadLines(Path.Combine(RepositoryRoot.Path, "Etl", "Master", "Wilayah", "data", "villages.csv")).Skip(1)
            .Select(l => l.Split(',', 3)).Where(p => p[0].StartsWith(Kabupaten + ".", StringComparison.Ordinal))
            .Select(p => (Kode: p[0], Nama: p[2])).ToList();
        foreach (var inbox in new[] { contract, simpus })
        {
            var master = Directory.CreateDirectory(Path.Combine(inbox, "master")).FullName;
            File.WriteAllLines(Path.Combine(master, "puskesmas.csv"),
                ["kode_puskesmas,nama,kode_kecamatan", .. villages.Select(v => v.Kode[..8]).Distinct().Select(k => $"P{k.Replace(".", "", StringComparison.Ordinal)},Puskesmas {k},{k}")]);
            File.WriteAllLines(Path.Combine(master, "wilayah_kerja.csv"),
                ["kode_puskesmas,kode_desa", .. villages.Select(v => $"P{v.Kode[..8].Replace(".", "", StringComparison.Ordinal)},{v.Kode}")]);
        }
        Directory.CreateDirectory(Path.Combine(simpus, "profil"));
        File.WriteAllText(Path.Combine(simpus, "profil", "simpus.yaml"), Profile);

        long rows = 0;
        foreach (var kecamatan in villages.GroupBy(v => v.Kode[..8]))
        {
            var kode = $"P{kecamatan.Key.Replace(".", "", StringComparison.Ordinal)}";
            var unique = kecamatan.GroupBy(v => Pemetaan.NamaDesa(v.Nama)).Where(g => g.Count() == 1).Select(g => g.Single().Kode).ToHashSet();
            var random = new Random(kecamatan.Key.GetHashCode(StringComparison.Ordinal));
            using var a = new StreamWriter(Path.Combine(Directory.CreateDirectory(Path.Combine(contract, kode)).FullName, $"kunjungan_{Tahun}.csv"), false, Encoding.UTF8, 1 << 16);
            using var b = new StreamWriter(Path.Combine(Directory.CreateDirectory(Path.Combine(simpus, kode)).FullName, $"simpus_{Tahun}.csv"), false, Encoding.UTF8, 1 << 16);
            a.WriteLine("id_kunjungan,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,layanan,tempat");
            b.WriteLine("No. RM;Nama Pasien;NIK;Tanggal Kunjungan;Jenis Kelamin;Tgl Lahir;Desa;Pelayanan;Tempat;Keterangan");
            foreach (var (desa, nama) in kecamatan)
            {
                var digits = desa.Replace(".", "", StringComparison.Ordinal);
                for (var n = 0; n < VisitsPerVillage; n++)
                {
                    var person = random.Next(VisitsPerVillage / 2);
                    var date = new DateOnly(Tahun, 1 + random.Next(12), 1 + random.Next(28));
                    var born = new DateOnly(1960 + person % 40, 1 + person % 12, 1 + person % 28);
                    var service = Services[random.Next(Services.Length)];
                    var setting = Settings[random.Next(Settings.Length)];
                    var nik = $"{digits[..6]}{person:D10}";
                    var female = person % 2 == 0;
                    var rm = $"RM{digits}{n:D5}";
                    a.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rm}|{date:dd-MM-yyyy}|{service.Word},{date:yyyy-MM-dd},{kode},{nik},,{(female ? "P" : "L")},{born:yyyy-MM-dd},{desa},{service.Code},{setting.Code}"));
                    b.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{rm};Pasien {person};{nik};{date:dd-MM-yyyy};{(female ? "Perempuan" : "Laki-laki")};{born:dd-MM-yyyy};{(unique.Contains(desa) ? nama : desa)};{service.Word};{setting.Word};-"));
                    rows++;
                }
            }
        }
        return rows;
    }
}
