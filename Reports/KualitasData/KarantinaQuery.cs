using Dapper;
using Pws.Reports.Export;
using Pws.Warehouse.Dialects;

namespace Pws.Reports.KualitasData;

public sealed class KarantinaQuery(Dialect dialect)
{
    public static readonly string[] Header = ["sumber", "baris", "kolom", "alasan", "isi"];

    public IReadOnlyList<KarantinaEntry> All()
    {
        using var connection = dialect.Open();
        return connection.Query<KarantinaEntry>(dialect.Sql(typeof(KarantinaQuery).Assembly, "karantina")).ToList();
    }

    public static void WriteCsv(TextWriter writer, IEnumerable<KarantinaEntry> entries) =>
        CsvTable.Write(writer, Header, entries.Select(e => (IReadOnlyList<object?>)[e.Sumber, e.Baris, e.Kolom, e.Alasan, e.Isi]));
}
