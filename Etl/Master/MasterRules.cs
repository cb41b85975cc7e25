using System.Globalization;
using Pws.Core.Inbox;
using Pws.Etl.Inbox;
using Pws.Etl.Validation;

namespace Pws.Etl.Master;

/// <summary>Rules for the master files: puskesmas, wilayah kerja, sasaran and JKN (their columns: <see cref="JenisBerkas"/>).</summary>
public static class MasterRules
{
    private static readonly IReadOnlySet<string> JenisSasaran = PilihanNilai.JenisSasaran.ToHashSet(StringComparer.Ordinal);

    public static (PuskesmasRow? Row, List<RowProblem> Problems) Puskesmas(SourceRecord record, IReadOnlySet<string> kecamatan)
    {
        var problems = new List<RowProblem>();
        var kode = record.Get("kode_puskesmas");
        if (kode.Length == 0) problems.Add(new("kode_puskesmas", "kode_puskesmas wajib diisi"));
        var nama = record.Get("nama");
        if (nama.Length == 0) problems.Add(new("nama", "nama puskesmas wajib diisi"));
        var kodeKecamatan = FieldParsers.NormalizeKodeKecamatan(record.Get("kode_kecamatan"));
        if (kodeKecamatan is null || !kecamatan.Contains(kodeKecamatan))
            problems.Add(new("kode_kecamatan", $"kode_kecamatan '{record.Get("kode_kecamatan")}' tidak terdaftar di kode wilayah Kemendagri"));
        return problems.Count > 0 ? (null, problems) : (new PuskesmasRow(kode, nama, kodeKecamatan!), problems);
    }

    public static (WilayahKerjaRow? Row, List<RowProblem> Problems) WilayahKerja(SourceRecord record, IReadOnlySet<string> villages)
    {
        var problems = new List<RowProblem>();
        var kode = record.Get("kode_puskesmas");
        if (kode.Length == 0) problems.Add(new("kode_puskesmas", "kode_puskesmas wajib diisi"));
        var kodeDesa = Village(record, villages, problems);
        return problems.Count > 0 ? (null, problems) : (new WilayahKerjaRow(kode, kodeDesa!), problems);
    }

    public static (SasaranRow? Row, List<RowProblem> Problems) Sasaran(SourceRecord record, IReadOnlySet<string> villages, int? fileYear)
    {
        var problems = new List<RowProblem>();
        var tahunText = record.Get("tahun");
        if (!int.TryParse(tahunText, NumberStyles.None, CultureInfo.InvariantCulture, out var tahun) || tahun is < 2000 or > 2100)
            problems.Add(new("tahun", $"tahun '{tahunText}' tidak sah"));
        else if (fileYear is not null && tahun != fileYear)
            problems.Add(new("tahun", $"tahun {tahun} tidak sama dengan tahun pada nama berkas ({fileYear})"));
        var kodeDesa = Village(record, villages, problems);
        var jenis = record.Get("jenis_sasaran").ToUpperInvariant();
        if (!JenisSasaran.Contains(jenis))
            problems.Add(new("jenis_sasaran", $"jenis_sasaran '{record.Get("jenis_sasaran")}' tidak dikenal"));
        var jumlahText = record.Get("jumlah");
        if (!int.TryParse(jumlahText, NumberStyles.None, CultureInfo.InvariantCulture, out var jumlah))
            problems.Add(new("jumlah", $"jumlah '{jumlahText}' harus bilangan bulat tidak negatif"));
        return problems.Count > 0 ? (null, problems) : (new SasaranRow(tahun, kodeDesa!, jenis, jumlah), problems);
    }

    public static (JknRow? Row, List<RowProblem> Problems) Jkn(SourceRecord record, IReadOnlySet<string> villages, (int Tahun, int Bulan)? filePeriode)
    {
        var problems = new List<RowProblem>();
        var periodeText = record.Get("periode");
        var periode = ParsePeriode(periodeText);
        if (periode is null)
            problems.Add(new("periode", $"periode '{periodeText}' tidak sah (tulis yyyy-MM, misalnya 2026-03)"));
        else if (filePeriode is not null && periode != filePeriode)
            problems.Add(new("periode", $"periode {periodeText} tidak sama dengan periode pada nama berkas ({filePeriode.Value.Tahun}-{filePeriode.Value.Bulan:D2})"));
        var kodeDesa = Village(record, villages, problems);
        var penduduk = Count(record, "penduduk", problems);
        var peserta = Count(record, "peserta_jkn", problems);
        var aktif = Count(record, "peserta_aktif", problems);
        if (peserta is not null && aktif > peserta)
            problems.Add(new("peserta_aktif", $"peserta_aktif {aktif} lebih besar dari peserta_jkn {peserta}"));
        return problems.Count > 0
            ? (null, problems)
            : (new JknRow(periode!.Value.Tahun, periode.Value.Bulan, kodeDesa!, penduduk!.Value, peserta!.Value, aktif!.Value), problems);
    }

    public static (int Tahun, int Bulan)? ParsePeriode(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? (month.Year, month.Month)
            : null;

    private static int? Count(SourceRecord record, string column, List<RowProblem> problems)
    {
        var text = record.Get(column);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        problems.Add(new(column, $"{column} '{text}' harus bilangan bulat tidak negatif"));
        return null;
    }

    private static string? Village(SourceRecord record, IReadOnlySet<string> villages, List<RowProblem> problems)
    {
        var text = record.Get("kode_desa");
        var kode = FieldParsers.NormalizeKodeDesa(text);
        if (kode is not null && villages.Contains(kode)) return kode;
        problems.Add(new("kode_desa", $"kode_desa '{text}' tidak terdaftar di kode wilayah Kemendagri"));
        return null;
    }
}
