using System.Globalization;
using Pws.Testing;

namespace Pws.Etl.Tests.Agregat;

/// <summary>Two puskesmas of Kabupaten Brebes in 2026: P1 (kecamatan Salem: Banjaran, Bentar) sends people, P2
/// (kecamatan Bantarkawung: Bangbayang, Banjarsari) sends the PWS KIA form as monthly counts, and in March people for K1
/// as well. The figures every test checks are computed by hand in <see cref="AgregatImportTests"/>.</summary>
public sealed class AgregatFixture : IDisposable
{
    public const string Banjaran = "33.29.01.2001", Bentar = "33.29.01.2002", Bangbayang = "33.29.02.2001", Banjarsari = "33.29.02.2002";

    public TestWarehouse Warehouse { get; } = new();

    public AgregatFixture()
    {
        Warehouse.NewInbox()
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Salem,33.29.01", "P2,Puskesmas Bantarkawung,33.29.02")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", $"P1,{Banjaran}", $"P1,{Bentar}", $"P2,{Bangbayang}", $"P2,{Banjarsari}")
            .File("master/sasaran_2026.csv", "tahun,kode_desa,jenis_sasaran,jumlah",
                $"2026,{Banjaran},IBU_HAMIL,20", $"2026,{Bentar},IBU_HAMIL,10", $"2026,{Bangbayang},IBU_HAMIL,30", $"2026,{Banjarsari},IBU_HAMIL,16",
                $"2026,{Banjaran},IBU_BERSALIN,19", $"2026,{Bentar},IBU_BERSALIN,9", $"2026,{Bangbayang},IBU_BERSALIN,28", $"2026,{Banjarsari},IBU_BERSALIN,15",
                $"2026,{Banjaran},PENDUDUK,900", $"2026,{Bentar},PENDUDUK,500", $"2026,{Bangbayang},PENDUDUK,1200", $"2026,{Banjarsari},PENDUDUK,700")
            // P1's people: K1 in Banjaran (two in January, one in February), Bentar (January, March), and a mother of
            // Bangbayang served at P1 in February; a mother seen again in February counts once; a delivery in Banjaran.
            .File("P1/kunjungan_2026.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("V1", "2026-01-10", "P1", "3329010101900001", Banjaran, "ANC_K1"),
                InboxBuilder.Visit("V2", "2026-01-12", "P1", "3329010101900002", Banjaran, "ANC_K1"),
                InboxBuilder.Visit("V3", "2026-01-20", "P1", "3329010101900003", Bentar, "ANC_K1"),
                InboxBuilder.Visit("V4", "2026-02-03", "P1", "3329010101900004", Banjaran, "ANC_K1"),
                InboxBuilder.Visit("V5", "2026-02-15", "P1", "3329010101900001", Banjaran, "ANC_K1"),
                InboxBuilder.Visit("V6", "2026-02-20", "P1", "3329020101900006", Bangbayang, "ANC_K1"),
                InboxBuilder.Visit("V7", "2026-03-02", "P1", "3329010101900005", Bentar, "ANC_K1"),
                InboxBuilder.Visit("V8", "2026-01-25", "P1", "3329010101900002", Banjaran, "PERSALINAN_FASKES"))
            .File("P1/skrining_2026-01.csv",
                "id_skrining,tanggal,kode_puskesmas,nik,no_rm,jenis_kelamin,tanggal_lahir,kode_desa,sistolik,diastolik,gula_darah_sewaktu,kolesterol_total,skrining_tb,skrining_kusta,kegiatan,dirujuk",
                $"S1,2026-01-05,P1,3329010101700001,,L,1970-01-01,{Banjaran},150,95,,,,,,",
                $"S2,2026-01-06,P1,3329010101700002,,P,1972-01-01,{Banjaran},120,80,110,,,,,")
            // P2's PWS KIA form for January to March, as contract rows, and a screening recap for February.
            .File("P2/agregat_2026-q1.csv", "kode_desa,tahun,bulan,layanan,jumlah,ukuran,diskrining,ditandai",
                $"{Bangbayang},2026,1,ANC_K1,5,,,",
                $"{Bangbayang},2026,2,ANC_K1,4,,,",
                $"{Bangbayang},2026,3,ANC_K1,3,,,",
                $"{Banjarsari},2026,1,ANC_K1,2,,,",
                $"{Banjarsari},2026,3,ANC_K1,6,,,",
                $"{Bangbayang},2026,2,PERSALINAN_FASKES,3,,,",
                $"{Banjarsari},2026,2,PERSALINAN_FASKES,1,,,",
                $"{Bangbayang},2026,2,,,TEKANAN_DARAH,40,8",
                $"{Bangbayang},2026,2,,,GULA_DARAH,30,3")
            // In March P2 sent its K1 mothers as people too: they win over its March K1 counts.
            .File("P2/kunjungan_2026-03.csv", InboxBuilder.KunjunganHeader,
                InboxBuilder.Visit("W1", "2026-03-05", "P2", "3329020201900001", Banjarsari, "ANC_K1"),
                InboxBuilder.Visit("W2", "2026-03-06", "P2", "3329020201900002", Banjarsari, "ANC_K1"));
    }

    /// <summary>A CSV export as rows of named values.</summary>
    public List<Dictionary<string, string>> Export(params string[] args)
    {
        var lines = Warehouse.ExportCsv(["export", .. args, "--kabupaten", "33.29"]);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    public static Dictionary<string, string> Row(List<Dictionary<string, string>> rows, string key, string value) =>
        rows.Single(r => r[key] == value);

    public static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public void Dispose() => Warehouse.Dispose();
}
