using System.Text.Json;
using Microsoft.Extensions.Options;
using Pws.Reports.Definitions;

namespace Pws.Dashboard.Web.Api;

/// <summary>A report's rows as the API answers them: all of them as a JSON array, or, when <c>halaman</c> or <c>ukuran</c>
/// is asked, one page of them with the total, so a client listing a province's 8.563 villages reads them a page at a
/// time; a report that can reads only the page's rows (<see cref="IReport.Page"/>). The CSV and the workbook stay
/// complete. Rows are written to the response as they are read from the table:
/// a dictionary per row, serialised afterwards, took a third of a village-level answer's time.</summary>
public static class ApiPage
{
    public const int UkuranAwal = 100;
    public const int UkuranMaks = 1000;

    public static IResult Answer(IQueryCollection query, IReport report, ReportRequest request, AreaScope scope)
    {
        var halaman = Read(query, "halaman", 1, 1_000_000);
        var ukuran = Read(query, "ukuran", 1, UkuranMaks);
        if (halaman is null && ukuran is null) return new RowsResult(report.Table(request, scope), null);

        var (nomor, size) = (halaman ?? 1, ukuran ?? UkuranAwal);
        var page = report.Page(request, scope, new RowRange((nomor - 1) * size, size));
        return new RowsResult(page.Table, new Halaman(page.Total, nomor, size, (page.Total + size - 1) / size));
    }

    private static int? Read(IQueryCollection query, string name, int min, int max) =>
        query.TryGetValue(name, out var value) && value.ToString() is { Length: > 0 } text
            ? FilterParser.Bilangan(name, text.Trim(), min, max)
            : null;

    private sealed record Halaman(int Total, int Nomor, int Ukuran, int JumlahHalaman);

    /// <summary>The table's rows, bare or inside the page's envelope (<c>total</c>, <c>halaman</c>, <c>ukuran</c>,
    /// <c>jumlahHalaman</c>, <c>baris</c>).</summary>
    private sealed class RowsResult(ReportTable table, Halaman? halaman) : IResult
    {
        private const int RowsPerFlush = 500;

        public async Task ExecuteAsync(HttpContext context)
        {
            var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            context.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(context.Response.BodyWriter,
                new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented });
            if (halaman is not null)
            {
                writer.WriteStartObject();
                writer.WriteNumber("total", halaman.Total);
                writer.WriteNumber("halaman", halaman.Nomor);
                writer.WriteNumber("ukuran", halaman.Ukuran);
                writer.WriteNumber("jumlahHalaman", halaman.JumlahHalaman);
                writer.WritePropertyName("baris");
            }
            writer.WriteStartArray();
            var keys = table.JsonKeys(options);
            for (var i = 0; i < table.Rows.Count; i++)
            {
                table.WriteRecord(writer, table.Rows[i], keys, options);
                if (i % RowsPerFlush == RowsPerFlush - 1) await writer.FlushAsync(context.RequestAborted);
            }
            writer.WriteEndArray();
            if (halaman is not null) writer.WriteEndObject();
            await writer.FlushAsync(context.RequestAborted);
        }
    }
}
