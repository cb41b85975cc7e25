using System.Globalization;
using System.Text;
using Pws.Testing;

namespace Pws.Benchmarks;

/// <summary>An inbox over the real Kemendagri codes of any area (a province, or the whole country): one puskesmas
/// per kecamatan serving its villages, sasaran and twelve months of JKN per village, and visits and screenings
/// as monthly CSV files per puskesmas, deterministic. Volume is set per village and year.</summary>
public sealed class AreaInbox(string prefix, int visitsPerVillage, int screeningsPerVillage, int tahun)
{
    private static readonly string[] Layanan =
    [
        "ANC_K1", "ANC_K4", "ANC_K6", "PERSALINAN_FASKES", "KF_LENGKAP", "KN1", "KN_LENGKAP", "KUNJUNGAN_BAYI", "IMUNISASI_DASAR_LENGKAP",
        "BALITA_DITIMBANG", "PELAYANAN_BALITA", "SKRINING_USIA_DIKDAS", "SKRINING_USIA_PRODUKTIF", "SKRINING_LANSIA", "PELAYANAN_HIPERTENSI",
        "PELAYANAN_DM", "PELAYANAN_ODGJ_BERAT", "PEMERIKSAAN_TERDUGA_TB", "TES_HIV",
    ];

    private static readonly string[] Tempat = ["DALAM_GEDUNG", "LUAR_GEDUNG", "POSYANDU", "PUSLING", "HOMECARE"];

    public (long Rows, int Villages) Write(string inbox)
    {
        var villages = File.ReadLines(Path.Combine(RepositoryRoot.Path, "Etl", "Master", "Wilayah", "data", "villages.csv")).Skip(1)
            .Select(l => l.Split(',')[0]).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var byKecamatan = villages.GroupBy(v => v[..8]).ToList();
        var master = Directory.CreateDirectory(Path.Combine(inbox, "master")).FullName;
        string Puskesmas(string kecamatan) => "P" + kecamatan.Replace(".", "", StringComparison.Ordinal) + "01";

        File.WriteAllLines(Path.Combine(master, "puskesmas.csv"),
            ["kode_puskesmas,nama,kode_kecamatan", .. byKecamatan.Select(k => $"{Puskesmas(k.Key)},Puskesmas {k.Key},{k.Key}")]);
        File.WriteAllLines(Path.Combine(master, "wilayah_kerja.csv"),
            ["kode_puskesmas,kode_desa", .. villages.Select(v => $"{Puskesmas(v[..8])},{v}")]);
        using (var sasaran = new StreamWriter(Path.Combine(master, $"sasaran_{tahun}.csv")))
        {
            sasaran.WriteLine("tahun,kode_desa,jenis_sasaran,jumlah");
            foreach (var (v, i) in villages.Select((v, i) => (v, i)))
            {
                var penduduk = 2000 + i % 5000;
                foreach (var (jenis, share) in new[] { ("PENDUDUK", 1.0), ("IBU_HAMIL", 0.02), ("IBU_BERSALIN", 0.019), ("BAYI_BARU_LAHIR", 0.018),
                             ("BAYI", 0.018), ("BALITA", 0.08), ("USIA_DIKDAS", 0.15), ("USIA_PRODUKTIF", 0.65), ("LANSIA", 0.1),
                             ("PENDERITA_HIPERTENSI", 0.07), ("PENDERITA_DM", 0.02), ("ODGJ_BERAT", 0.002), ("TERDUGA_TB", 0.005), ("RISIKO_HIV", 0.01) })
                    sasaran.WriteLine($"{tahun},{v},{jenis},{(int)Math.Ceiling(penduduk * share)}");
            }
        }
        for (var bulan = 1; bulan <= 12; bulan++)
        {
            using var jkn = new StreamWriter(Path.Combine(master, $"jkn_{tahun}-{bulan:D2}.csv"));
            jkn.WriteLine("periode,kode_desa,penduduk,peserta_jkn,peserta_aktif");
            foreach (var (v, i) in villages.Select((v, i) => (v, i)))
            {
                var penduduk = 2000 + i % 5000;
                jkn.WriteLine($"{tahun}-{bulan:D2},{v},{penduduk},{penduduk * (90 + i % 10) / 100},{penduduk * (70 + i % 20) / 100}");
            }
        }

        long rows = 0;
        foreach (var kecamatan in byKecamatan)
        {
            var kode = Puskesmas(kecamatan.Key);
            var folder = Directory.CreateDirectory(Path.Combine(inbox, kode)).FullName;
            var random = new Random(kecamatan.Key.GetHashCode(StringComparison.Ordinal) ^ tahun);
            for (var bulan = 1; bulan <= 12; bulan++)
            {
                using var visits = new StreamWriter(Path.Combine(folder, $"kunjungan_{tahun}-{bulan:D2}.csv"), false, Encoding.UTF8, 1 << 16);
                using var screenings = new StreamWriter(Path.Combine(folder, $"skrining_{tahun}-{bulan:D2}.csv"), false, Encoding.UTF8, 1 << 16);
                visits.WriteLine("id_kunjungan,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,layanan,tempat");
                screenings.WriteLine("id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk");
                foreach (var desa in kecamatan)
                {
                    var digits = desa.Replace(".", "", StringComparison.Ordinal);
                    for (var n = 0; n < visitsPerVillage / 12; n++)
                    {
                        var person = random.Next(0, Math.Max(visitsPerVillage / 2, 1));
                        var date = new DateOnly(tahun, bulan, 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        visits.WriteLine($"{digits}-{bulan}-{n},{date},{kode},{digits[..6]}{person:D10},,{(person % 2 == 0 ? "P" : "L")},{1950 + person % 70}-0{1 + person % 9}-1{person % 9},{desa},{Layanan[random.Next(Layanan.Length)]},{Tempat[random.Next(Tempat.Length)]}");
                        rows++;
                    }
                    for (var n = 0; n < screeningsPerVillage / 12; n++)
                    {
                        var person = random.Next(0, Math.Max(screeningsPerVillage, 1));
                        var date = new DateOnly(tahun, bulan, 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        screenings.WriteLine($"S{digits}-{bulan}-{n},{date},{kode},{digits[..6]}9{person:D9},,L,{1950 + person % 50}-05-05,{desa},{110 + random.Next(80)},{70 + random.Next(40)},{90 + random.Next(200)},{150 + random.Next(120)},T,T,CEK_SERENTAK,");
                        rows++;
                    }
                }
            }
        }
        return (rows, villages.Count);
    }
}
