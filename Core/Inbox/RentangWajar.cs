namespace Pws.Core.Inbox;

/// <summary>The plausible range of a screening measurement: a value outside is a typing error, not a patient. The ETL
/// rejects such a row; the templates refuse the value as it is typed.</summary>
public sealed record RentangWajar(string Kolom, double Min, double Max)
{
    public static readonly IReadOnlyList<RentangWajar> Skrining =
    [
        new("sistolik", 50, 300), new("diastolik", 30, 200), new("gula_darah_sewaktu", 20, 800), new("kolesterol_total", 50, 700),
    ];
}
