using Pws.Core.Inbox;
using Pws.Etl.Inbox;

namespace Pws.Etl.Validation;

/// <summary>Rules shared by visits and screenings: dates, person, sex, village.</summary>
public static class CommonRules
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The longest record id the warehouse keeps (the SQL Server columns' width).</summary>
    public const int MaxIdLength = 100;

    public static DateOnly? ServiceDate(SourceRecord record, string column, RowContext context, List<RowProblem> problems)
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            problems.Add(new(column, $"{column} wajib diisi"));
            return null;
        }
        var date = FieldParsers.ParseDate(text);
        if (date is null)
            problems.Add(new(column, $"{column} '{text}' bukan tanggal yang sah (yyyy-MM-dd atau dd/MM/yyyy)"));
        else if (date > context.Today)
            problems.Add(new(column, $"{column} {text} ada di masa depan"));
        else if (date < Earliest)
            problems.Add(new(column, $"{column} {text} sebelum tahun 2000"));
        else
            return date;
        return null;
    }

    /// <summary>A row must come from the puskesmas whose folder it was dropped in.</summary>
    public static void Puskesmas(SourceRecord record, RowContext context, List<RowProblem> problems)
    {
        var kode = record.Get("kode_puskesmas");
        if (kode.Length == 0)
            problems.Add(new("kode_puskesmas", "kode_puskesmas wajib diisi"));
        else if (!string.Equals(kode, context.KodePuskesmas, StringComparison.OrdinalIgnoreCase))
            problems.Add(new("kode_puskesmas", $"kode_puskesmas '{kode}' tidak sama dengan folder puskesmas '{context.KodePuskesmas}'"));
    }

    /// <summary>The person's pseudonym from NIK, or from kode_puskesmas|no_rm when there is no NIK.</summary>
    public static string? Person(SourceRecord record, RowContext context, List<RowProblem> problems)
    {
        var nikText = record.Get("nik");
        var noRm = record.Get("no_rm");
        if (nikText.Length > 0)
        {
            if (record.IsNumberCell("nik"))
            {
                problems.Add(new("nik", "nik tersimpan sebagai angka di Excel, yang hanya menyimpan 15 digit bermakna, sehingga NIK bisa " +
                                        "berubah menjadi orang lain: format kolom nik sebagai Teks, ketik ulang NIK-nya, lalu kirim ulang berkas"));
                return null;
            }
            var nik = FieldParsers.NormalizeNik(nikText);
            if (FieldParsers.IsNik(nik)) return context.Pseudonymizer.ForNik(nik);
            problems.Add(new("nik", $"NIK harus 16 digit angka (tertulis {nik.Length} karakter)"));
            return null;
        }
        if (noRm.Length > 0) return context.Pseudonymizer.ForMedicalRecord(context.KodePuskesmas, noRm);
        problems.Add(new("nik", "nik dan no_rm kosong: salah satu wajib diisi"));
        return null;
    }

    public static string? JenisKelamin(SourceRecord record, List<RowProblem> problems)
    {
        var text = record.Get("jenis_kelamin").ToUpperInvariant();
        if (text.Length == 0) return null;
        if (PilihanNilai.JenisKelamin.Contains(text)) return text;
        problems.Add(new("jenis_kelamin", $"jenis_kelamin '{record.Get("jenis_kelamin")}' harus L atau P"));
        return null;
    }

    public static DateOnly? TanggalLahir(SourceRecord record, DateOnly? serviceDate, bool required, List<RowProblem> problems)
    {
        var text = record.Get("tanggal_lahir");
        if (text.Length == 0)
        {
            if (required) problems.Add(new("tanggal_lahir", "tanggal_lahir wajib diisi"));
            return null;
        }
        var date = FieldParsers.ParseDate(text);
        if (date is null)
            problems.Add(new("tanggal_lahir", $"tanggal_lahir '{text}' bukan tanggal yang sah (yyyy-MM-dd atau dd/MM/yyyy)"));
        else if (serviceDate is not null && date > serviceDate)
            problems.Add(new("tanggal_lahir", $"tanggal_lahir {text} sesudah tanggal pelayanan"));
        else
            return date;
        return null;
    }

    public static string? KodeDesa(SourceRecord record, RowContext context, List<RowProblem> problems)
    {
        var text = record.Get("kode_desa");
        if (text.Length == 0)
        {
            problems.Add(new("kode_desa", "kode_desa wajib diisi"));
            return null;
        }
        var kode = FieldParsers.NormalizeKodeDesa(text);
        if (kode is null)
            problems.Add(new("kode_desa", $"kode_desa '{text}' bukan kode desa 10 digit"));
        else if (context.KodeDesaBerlaku(kode) is { } berlaku)
            return berlaku;
        else
            problems.Add(context.KodeDesaTidakDikenal("kode_desa", text, kode));
        return null;
    }
}
