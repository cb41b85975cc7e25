using System.Text;
using System.Text.Json;
using Pws.Reports.Definitions;

namespace Pws.Reports.Tests.Definitions;

/// <summary>The API's JSON row carries what the CSV does: measures rounded to 2 decimals (half away from zero), an
/// unknown value as null, whole numbers as numbers, dates as ISO text, and text escaped as the serializer escapes it.</summary>
public sealed class ReportTableJsonTests
{
    private static string Json(ReportTable table)
    {
        var options = JsonSerializerOptions.Web;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            table.WriteRecord(writer, table.Rows[0], table.JsonKeys(options), options);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Test]
    public void A_row_is_written_with_the_values_a_user_reads_in_the_CSV()
    {
        var table = new ReportTable(
            [new("nama_desa"), new("sasaran", ColumnKind.Integer), new("terlayani", ColumnKind.Integer), new("capaian", ColumnKind.Percent),
             new("kekurangan", ColumnKind.Integer), new("tanggal")],
            [["Ka'bul <Lor>", 152, 689L, 453.2894736842105, null, new DateOnly(2025, 7, 2)]]);

        Assert.That(Json(table), Is.EqualTo(
            "{\"nama_desa\":\"Ka\\u0027bul \\u003CLor\\u003E\",\"sasaran\":152,\"terlayani\":689,\"capaian\":453.29,\"kekurangan\":null,\"tanggal\":\"2025-07-02\"}"));
    }

    [Test]
    public void A_measure_half_way_rounds_away_from_zero_as_in_the_CSV()
    {
        var table = new ReportTable([new("capaian", ColumnKind.Percent)], [[12.345]]);

        Assert.That(Json(table), Is.EqualTo("{\"capaian\":12.35}"));
        Assert.That(ReportTable.Format(12.345), Is.EqualTo("12.35"));
    }
}
