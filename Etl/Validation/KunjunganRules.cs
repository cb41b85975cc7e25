using Pws.Core.Inbox;
using Pws.Etl.Inbox;

namespace Pws.Etl.Validation;

/// <summary>The data contract's rules for a <c>kunjungan</c> row (its columns: <see cref="JenisBerkas.Kunjungan"/>).</summary>
public static class KunjunganRules
{
    private static readonly IReadOnlySet<string> Tempat = PilihanNilai.Tempat.ToHashSet(StringComparer.Ordinal);

    public static (KunjunganRow? Row, List<RowProblem> Problems) Check(SourceRecord record, RowContext context)
    {
        var problems = new List<RowProblem>();

        var id = record.Get("id_kunjungan");
        if (id.Length == 0) problems.Add(new("id_kunjungan", "id_kunjungan wajib diisi"));
        else if (id.Length > CommonRules.MaxIdLength) problems.Add(new("id_kunjungan", $"id_kunjungan lebih dari {CommonRules.MaxIdLength} karakter"));

        var tanggal = CommonRules.ServiceDate(record, "tanggal", context, problems);

        CommonRules.Puskesmas(record, context, problems);

        var idOrang = CommonRules.Person(record, context, problems);
        var jenisKelamin = CommonRules.JenisKelamin(record, problems);
        var tanggalLahir = CommonRules.TanggalLahir(record, tanggal, required: false, problems);
        var kodeDesa = CommonRules.KodeDesa(record, context, problems);

        var layanan = record.Get("layanan").ToUpperInvariant();
        if (layanan.Length == 0) problems.Add(new("layanan", "layanan wajib diisi"));
        else if (!context.Layanan.Contains(layanan))
            problems.Add(new("layanan", $"kode layanan '{record.Get("layanan")}' tidak ada di katalog"));

        var tempat = record.Get("tempat").ToUpperInvariant();
        if (tempat.Length > 0 && !Tempat.Contains(tempat))
            problems.Add(new("tempat", $"tempat '{record.Get("tempat")}' tidak dikenal (pilihan: {string.Join(", ", PilihanNilai.Tempat)})"));

        if (problems.Count > 0) return (null, problems);
        return (new KunjunganRow(context.KodePuskesmas, id, tanggal!.Value, idOrang!, jenisKelamin, tanggalLahir,
            kodeDesa!, context.IsLuarWilayah(kodeDesa!), layanan, tempat.Length == 0 ? null : tempat), problems);
    }
}
