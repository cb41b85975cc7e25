namespace Pws.Etl.Demo;

/// <summary>Invents people the way Dukcapil numbers them: NIK = kecamatan code, birth date (day + 40 for
/// women), and a serial, unique across the demo.</summary>
internal sealed class DemoPeople(Random random)
{
    private int serial;
    private readonly HashSet<string> issued = [];

    public DateOnly BirthDate(DateOnly onDate, int minAge, int maxAge) =>
        onDate.AddYears(-random.Next(minAge, maxAge + 1)).AddDays(-random.Next(0, 365));

    public string Sex() => random.Next(2) == 0 ? "L" : "P";

    public string Nik(string kodeDesa, DateOnly birth, string sex)
    {
        var day = birth.Day + (sex == "P" ? 40 : 0);
        var prefix = $"{kodeDesa[..8].Replace(".", "", StringComparison.Ordinal)}{day:D2}{birth.Month:D2}{birth.Year % 100:D2}";
        string nik;
        do nik = $"{prefix}{++serial % 10_000:D4}";
        while (!issued.Add(nik));
        return nik;
    }

    public string NoRm() => $"RM{++serial:D7}";

    /// <summary>About 8 % of people arrive without a NIK and are known by their medical record number.</summary>
    public (string? Nik, string? NoRm) Identity(string kodeDesa, DateOnly birth, string sex) =>
        random.NextDouble() < 0.08 ? (null, NoRm()) : (Nik(kodeDesa, birth, sex), null);
}
