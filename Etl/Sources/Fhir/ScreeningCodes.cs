namespace Pws.Etl.Sources.Fhir;

/// <summary>The data contract's LOINC codes, units and plausible ranges for screening Observations.</summary>
public static class ScreeningCodes
{
    public const string Loinc = "http://loinc.org";

    /// <summary>Blood pressure panels: 85354-9, and the older 55284-4 some systems still send. Their systolic
    /// and diastolic components are the measurements.</summary>
    public static readonly IReadOnlyList<string> BloodPressurePanels = ["85354-9", "55284-4"];

    public static readonly IReadOnlyDictionary<string, Measure> Measures = new Dictionary<string, Measure>
    {
        ["8480-6"] = Measure.Sistolik,
        ["8462-4"] = Measure.Diastolik,
        ["2339-0"] = Measure.GulaDarahSewaktu,
        ["41653-7"] = Measure.GulaDarahSewaktu,
        ["2345-7"] = Measure.GulaDarahSewaktu,
        ["2093-3"] = Measure.KolesterolTotal,
    };

    public static string Name(Measure measure) => measure switch
    {
        Measure.Sistolik => "sistolik",
        Measure.Diastolik => "diastolik",
        Measure.GulaDarahSewaktu => "gula darah sewaktu",
        Measure.KolesterolTotal => "kolesterol total",
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    /// <summary>The unit as the contract writes it, for messages.</summary>
    public static string Unit(Measure measure) => measure is Measure.Sistolik or Measure.Diastolik ? "mm[Hg]" : "mg/dL";

    /// <summary>Compared case-insensitively: real payloads write <c>MG/DL</c> and <c>mg/dl</c> too.</summary>
    public static bool IsAcceptedUnit(Measure measure, string unit) =>
        (measure is Measure.Sistolik or Measure.Diastolik ? BloodPressureUnits : MassConcentrationUnits)
        .Contains(unit.Trim(), StringComparer.OrdinalIgnoreCase);

    public static (double Min, double Max) Range(Measure measure) => measure switch
    {
        Measure.Sistolik => (50, 300),
        Measure.Diastolik => (30, 200),
        Measure.GulaDarahSewaktu => (20, 800),
        Measure.KolesterolTotal => (50, 700),
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    private static readonly string[] BloodPressureUnits = ["mm[Hg]", "mmHg"];
    private static readonly string[] MassConcentrationUnits = ["mg/dL"];
}
