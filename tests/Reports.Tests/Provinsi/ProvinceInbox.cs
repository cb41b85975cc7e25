using Pws.Testing;

namespace Pws.Reports.Tests.Provinsi;

/// <summary>A Dinas Kesehatan Provinsi (Jawa Tengah, 33) with two kabupaten/kota sending data, figures worked
/// by hand. SPM01 (K6, sasaran ibu hamil), year 2025 to March:
/// Brebes (33.29, Puskesmas P1): 33.29.01.2001 sasaran 10 served 2, 33.29.01.2002 sasaran 5 served 6; Kota Magelang
/// (33.71, Puskesmas M1): 33.71.01.1003 sasaran 4 served 3. Brebes 15 / 8 = 53.33 %, kekurangan 8 + 0 = 8; Magelang
/// 4 / 3 = 75 %, kekurangan 1; the province 19 / 11 = 57.89 %, kekurangan 9.</summary>
public static class ProvinceInbox
{
    /// <summary>A province's warehouse (33) with <see cref="TwoKabupaten"/> imported.</summary>
    public static TestWarehouse ImportedWarehouse()
    {
        var warehouse = new TestWarehouse(kabupaten: "33");
        warehouse.NewInbox().TwoKabupaten();
        warehouse.Import();
        return warehouse;
    }

    public static InboxBuilder TwoKabupaten(this InboxBuilder inbox)
    {
        static string K6(string id, string puskesmas, int person, string desa) =>
            InboxBuilder.Visit(id, "2025-02-10", puskesmas, $"33{person:D14}", desa, layanan: "ANC_K6");
        return inbox
            .File("master/puskesmas.csv", "kode_puskesmas,nama,kode_kecamatan", "P1,Puskesmas Salem,33.29.01", "M1,Puskesmas Magelang Selatan,33.71.01")
            .File("master/wilayah_kerja.csv", "kode_puskesmas,kode_desa", "P1,33.29.01.2001", "P1,33.29.01.2002", "M1,33.71.01.1003")
            .File("master/sasaran_2025.csv", "tahun,kode_desa,jenis_sasaran,jumlah",
                "2025,33.29.01.2001,IBU_HAMIL,10", "2025,33.29.01.2002,IBU_HAMIL,5", "2025,33.71.01.1003,IBU_HAMIL,4")
            .File("P1/kunjungan_2025.csv", [InboxBuilder.KunjunganHeader,
                .. Enumerable.Range(1, 2).Select(i => K6($"A{i}", "P1", i, "33.29.01.2001")),
                .. Enumerable.Range(3, 6).Select(i => K6($"B{i}", "P1", i, "33.29.01.2002"))])
            .File("M1/kunjungan_2025.csv", [InboxBuilder.KunjunganHeader, .. Enumerable.Range(20, 3).Select(i => K6($"M{i}", "M1", i, "33.71.01.1003"))]);
    }
}
