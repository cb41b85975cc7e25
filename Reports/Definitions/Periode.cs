using System.Text.Json.Serialization;
using System.Text.Json;
using Pws.Reports.Formatting;

namespace Pws.Reports.Definitions;

/// <summary>A calendar month, written yyyy-MM (e.g. 2026-03), in JSON too.</summary>
[JsonConverter(typeof(PeriodeJson))]
public readonly record struct Periode(int Tahun, int Bulan)
{
    public Periode Sebelumnya => Bulan == 1 ? new(Tahun - 1, 12) : new(Tahun, Bulan - 1);

    public DateTime Awal => new(Tahun, Bulan, 1);

    public DateTime Akhir => Awal.AddMonths(1).AddDays(-1);

    public override string ToString() => $"{Tahun:D4}-{Bulan:D2}";

    public string Nama => $"{Indonesian.MonthName(Bulan)} {Tahun}";

    /// <summary>The name a month is offered under: the month still running says its figures are incomplete.</summary>
    public string NamaPilihan(Periode berjalan) => this == berjalan ? $"{Nama} (berjalan, belum lengkap)" : Nama;

    /// <summary>The months a page offers: two years back from <paramref name="latest"/>, newest first, with
    /// <paramref name="chosen"/> among them even when older.</summary>
    public static List<Periode> Pilihan(Periode latest, Periode chosen)
    {
        var months = Enumerable.Range(0, 24).Select(i => latest.Awal.AddMonths(-i)).Select(d => new Periode(d.Year, d.Month)).ToList();
        if (!months.Contains(chosen)) months.Insert(0, chosen);
        return months;
    }

    public static Periode Parse(string text) => Definitions.FilterParser.Periode("periode", text);
}

/// <summary>A period in JSON is its yyyy-MM text, not its derived months (which would run on forever).</summary>
public sealed class PeriodeJson : JsonConverter<Periode>
{
    public override Periode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Periode.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, Periode value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
