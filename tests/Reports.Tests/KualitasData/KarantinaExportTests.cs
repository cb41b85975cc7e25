namespace Pws.Reports.Tests.KualitasData;

/// <summary>The quarantine export of the hand-checked warehouse.</summary>
public sealed class KarantinaExportTests(string provider) : HandCheckedExportTests(provider)
{
    [Test]
    public void The_quarantine_export_lists_each_bad_row_with_its_file_line_column_and_masked_content()
    {
        var lines = Export("export", "karantina");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "sumber,baris,kolom,alasan,isi",
            "P1/kunjungan_2025.csv,11,nik,NIK harus 16 digit angka (tertulis 3 karakter),\"V10,2025-03-12,P1,123,,P,1995-05-05,33.29.01.2002,ANC_K6,POSYANDU\"",
        }));
    }
}
