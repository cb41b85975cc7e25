using System.Globalization;
using Pws.Core.Inbox;
using Pws.Etl.Inbox;

namespace Pws.Etl.Validation;

/// <summary>The data contract's rules for an <c>agregat</c> row (its columns: <see cref="JenisBerkas.Agregat"/>). A row
/// carries a service count (<c>layanan</c>, <c>jumlah</c>), a screening recap count (<c>ukuran</c>, <c>diskrining</c>,
/// <c>ditandai</c>), or both.</summary>
public static class AgregatRules
{
    private static readonly IReadOnlySet<string> Ukuran = PilihanNilai.UkuranSkrining.ToHashSet(StringComparer.Ordinal);

    /// <summary>A recap row for the people screened at all, whatever was measured.</summary>
    public const string Semua = "SEMUA";

    /// <summary>Other names a recap gives a measurement: the screening columns' and the flags' own.</summary>
    private static readonly Dictionary<string, string> UkuranLain = new(StringComparer.Ordinal)
    {
        ["TENSI"] = "TEKANAN_DARAH", ["TEKANAN_DARAH_TINGGI"] = "TEKANAN_DARAH", ["HIPERTENSI"] = "TEKANAN_DARAH",
        ["GDS"] = "GULA_DARAH", ["GULA_DARAH_SEWAKTU"] = "GULA_DARAH", ["GULA_DARAH_TINGGI"] = "GULA_DARAH",
        ["KOLESTEROL_TOTAL"] = "KOLESTEROL", ["KOLESTEROL_TINGGI"] = "KOLESTEROL",
        ["SKRINING_TB"] = "TB", ["TERDUGA_TB"] = "TB", ["SKRINING_KUSTA"] = "KUSTA", ["SUSPEK_KUSTA"] = "KUSTA",
    };

    public static (AgregatRow? Layanan, AgregatSkriningRow? Skrining, List<RowProblem> Problems) Check(
        SourceRecord record, RowContext context, BatasSasaran batas)
    {
        var problems = new List<RowProblem>();

        var kodePuskesmas = record.Get("kode_puskesmas");
        if (kodePuskesmas.Length > 0 && !string.Equals(kodePuskesmas, context.KodePuskesmas, StringComparison.OrdinalIgnoreCase))
            problems.Add(new("kode_puskesmas", $"kode_puskesmas '{kodePuskesmas}' tidak sama dengan folder puskesmas '{context.KodePuskesmas}'"));

        var kodeDesa = CommonRules.KodeDesa(record, context, problems);
        var (tahun, bulan) = Month(record, context, problems);

        var layanan = record.Get("layanan").ToUpperInvariant();
        var ukuran = record.Get("ukuran").ToUpperInvariant().Replace(' ', '_');
        ukuran = UkuranLain.GetValueOrDefault(ukuran, ukuran);
        // A recap's line of people screened, without a measurement: everyone screened that month.
        if (ukuran.Length == 0 && layanan.Length == 0 && record.Get("diskrining").Length > 0) ukuran = Semua;
        if (layanan.Length == 0 && ukuran.Length == 0)
        {
            problems.Add(new("layanan", "baris agregat tanpa layanan dan tanpa ukuran: isi layanan dan jumlah, atau ukuran, diskrining dan ditandai"));
            return (null, null, problems);
        }

        int? jumlah = null;
        if (layanan.Length > 0)
        {
            if (!context.Layanan.Contains(layanan))
                problems.Add(new("layanan", $"kode layanan '{record.Get("layanan")}' tidak ada di katalog"));
            jumlah = Count(record, "jumlah", problems);
            if (jumlah is { } j && kodeDesa is not null && tahun is { } t && context.Layanan.Contains(layanan)
                && batas.ForLayanan(t, kodeDesa, layanan) is { } sasaran && j > sasaran.Sasaran * BatasSasaran.Faktor)
                problems.Add(new("jumlah", TooLarge(j, sasaran, t)));
        }

        int? diskrining = null, ditandai = null;
        if (ukuran.Length > 0)
        {
            if (ukuran != Semua && !Ukuran.Contains(ukuran))
                problems.Add(new("ukuran", $"ukuran '{record.Get("ukuran")}' tidak dikenal (pilihan: {string.Join(", ", PilihanNilai.UkuranSkrining)}, {Semua})"));
            diskrining = Count(record, "diskrining", problems);
            ditandai = ukuran == Semua && record.Get("ditandai").Length == 0 ? 0 : Count(record, "ditandai", problems);
            if (diskrining is { } d && ditandai is { } f && f > d)
                problems.Add(new("ditandai", $"ditandai {f} lebih dari diskrining {d}"));
            if (diskrining is { } screened && kodeDesa is not null && tahun is { } t
                && batas.ForSkrining(t, kodeDesa) is { } penduduk && screened > penduduk.Sasaran * BatasSasaran.Faktor)
                problems.Add(new("diskrining", TooLarge(screened, penduduk, t)));
        }

        if (problems.Count > 0) return (null, null, problems);
        return (
            layanan.Length > 0 ? new AgregatRow(context.KodePuskesmas, kodeDesa!, tahun!.Value, bulan!.Value, layanan, jumlah!.Value) : null,
            ukuran.Length > 0 ? new AgregatSkriningRow(context.KodePuskesmas, kodeDesa!, tahun!.Value, bulan!.Value, ukuran, diskrining!.Value, ditandai!.Value) : null,
            problems);
    }

    private static string TooLarge(int count, (string Jenis, int Sasaran) sasaran, int tahun) =>
        string.Create(CultureInfo.InvariantCulture,
            $"jumlah {count} lebih dari 1,5 kali sasaran {sasaran.Jenis} desa ini tahun {tahun} ({sasaran.Sasaran}): periksa angka yang diketik");

    /// <summary>The month counted: a past or the current month of a year from 2000. <c>bulan</c> is a number, a month's
    /// name (<c>Maret</c>, <c>Mar</c>), or a date whose month it takes; <c>tahun</c> a number or a date whose year it takes,
    /// so one date (a report's month read through a profile) can give both.</summary>
    private static (int? Tahun, int? Bulan) Month(SourceRecord record, RowContext context, List<RowProblem> problems)
    {
        var tahunText = record.Get("tahun");
        var bulanText = record.Get("bulan");
        int? tahun = null, bulan = null;
        if (tahunText.Length == 0) problems.Add(new("tahun", "tahun wajib diisi"));
        else if ((WholeNumber(tahunText, record.IsNumberCell("tahun")) ?? YearMonth(tahunText)?.Year) is not { } t || t < 2000 || t > 9999)
            problems.Add(new("tahun", $"tahun '{tahunText}' bukan tahun yang sah (mis. 2026)"));
        else tahun = (int)t;
        if (bulanText.Length == 0) problems.Add(new("bulan", "bulan wajib diisi"));
        else if ((WholeNumber(bulanText, record.IsNumberCell("bulan")) ?? MonthName(bulanText) ?? YearMonth(bulanText)?.Month) is not { } b
                 || b is < 1 or > 12)
            problems.Add(new("bulan", $"bulan '{bulanText}' bukan bulan 1 sampai 12 atau nama bulan"));
        else bulan = (int)b;
        if (tahun is { } y && bulan is { } m && (y > context.Today.Year || y == context.Today.Year && m > context.Today.Month))
        {
            problems.Add(new("bulan", $"bulan {y}-{m:00} ada di masa depan"));
            return (null, null);
        }
        return (tahun, bulan);
    }

    /// <summary>A number of people: a whole number from 0. An Excel number cell may read 12.0; written text must be digits.</summary>
    private static int? Count(SourceRecord record, string column, List<RowProblem> problems)
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            problems.Add(new(column, $"{column} wajib diisi"));
            return null;
        }
        var value = WholeNumber(text, record.IsNumberCell(column));
        if (value is null)
        {
            var negative = decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d < 0;
            problems.Add(new(column, negative ? $"{column} {text} negatif" : $"{column} '{text}' bukan bilangan bulat (tulis tanpa pemisah ribuan dan tanpa desimal)"));
            return null;
        }
        if (value > int.MaxValue)
        {
            problems.Add(new(column, $"{column} {text} terlalu besar"));
            return null;
        }
        return (int)value;
    }

    private static readonly string[] MonthNames =
        ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];

    /// <summary>Indonesian month names, whole or their first three letters, and the old spellings Pebruari and Nopember.</summary>
    private static long? MonthName(string text)
    {
        var name = text.Trim().ToLowerInvariant() switch
        {
            "pebruari" or "peb" => "februari",
            "nopember" or "nop" => "november",
            "agt" or "ags" => "agustus",
            var other => other,
        };
        var index = Array.FindIndex(MonthNames, m => m == name || name.Length == 3 && m.StartsWith(name, StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }

    /// <summary>A date (<c>yyyy-MM-dd</c>, <c>dd/MM/yyyy</c>) or a month (<c>yyyy-MM</c>).</summary>
    private static DateOnly? YearMonth(string text) =>
        FieldParsers.ParseDate(text)
        ?? (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null);

    private static long? WholeNumber(string text, bool numberCell)
    {
        if (text.All(char.IsAsciiDigit) && text.Length is > 0 and <= 12) return long.Parse(text, CultureInfo.InvariantCulture);
        if (numberCell && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number >= 0 && number == Math.Floor(number) && number < 1e12)
            return (long)number;
        return null;
    }
}
