using Pws.Reports.Definitions;

namespace Pws.Dashboard.Web.Api;

/// <summary>A report's rows as the API answers them: all of them as a JSON array, or, when <c>halaman</c> or <c>ukuran</c>
/// is asked, one page of them with the total, so a client listing a province's 8.563 villages reads them a page at a
/// time. The CSV and the workbook stay complete.</summary>
public static class ApiPage
{
    public const int UkuranAwal = 100;
    public const int UkuranMaks = 1000;

    public sealed record HalamanJawaban(int Total, int Halaman, int Ukuran, int JumlahHalaman, IReadOnlyList<Dictionary<string, object?>> Baris);

    public static IResult Answer(IQueryCollection query, ReportTable table)
    {
        var halaman = Read(query, "halaman", 1, 1_000_000);
        var ukuran = Read(query, "ukuran", 1, UkuranMaks);
        if (halaman is null && ukuran is null) return Results.Json(table.Records().ToList());

        var (nomor, size) = (halaman ?? 1, ukuran ?? UkuranAwal);
        var total = table.Rows.Count;
        var rows = table.Records().Skip((int)Math.Min(int.MaxValue, (long)(nomor - 1) * size)).Take(size).ToList();
        return Results.Json(new HalamanJawaban(total, nomor, size, (total + size - 1) / size, rows));
    }

    private static int? Read(IQueryCollection query, string name, int min, int max) =>
        query.TryGetValue(name, out var value) && value.ToString() is { Length: > 0 } text
            ? FilterParser.Bilangan(name, text.Trim(), min, max)
            : null;
}
