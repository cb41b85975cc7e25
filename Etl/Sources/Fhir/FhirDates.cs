using System.Globalization;
using System.Text.RegularExpressions;

namespace Pws.Etl.Sources.Fhir;

/// <summary>FHIR date, dateTime and instant texts, read by hand: Firely's own conversion rejects some
/// real-world spellings, and a screening needs the calendar date in Asia/Jakarta.</summary>
public static partial class FhirDates
{
    /// <summary>WIB has been UTC+7 without daylight saving since 1964; a fixed offset needs no tz database
    /// on the machine.</summary>
    public static readonly TimeSpan Jakarta = TimeSpan.FromHours(7);

    /// <summary>The Asia/Jakarta calendar date of a full date or date-time; null for a partial date
    /// (year, year-month) or text that is no date. A date-time without offset is taken as Jakarta time.</summary>
    public static DateOnly? JakartaDate(string text)
    {
        var m = DateTimePattern().Match(text.Trim());
        if (!m.Success || !m.Groups["day"].Success) return null;
        if (!m.Groups["hour"].Success) return Date(m);
        return DateTime(m)?.ToOffset(Jakarta) is { } local ? DateOnly.FromDateTime(local.DateTime) : null;
    }

    /// <summary>A full instant (date, time and offset as in <c>meta.lastUpdated</c>) with 0-7 fractional
    /// digits; further digits are below .NET's tick and dropped.</summary>
    public static DateTimeOffset? Instant(string text)
    {
        var m = DateTimePattern().Match(text.Trim());
        return m.Success && m.Groups["hour"].Success && m.Groups["offset"].Success ? DateTime(m) : null;
    }

    /// <summary>How a <c>birthDate</c> reads: a full date, a partial one (year or year-month, allowed by
    /// FHIR but of no use for age), or none at all.</summary>
    public static (bool Valid, DateOnly? Date) BirthDate(string text)
    {
        var m = DateTimePattern().Match(text.Trim());
        if (!m.Success || m.Groups["hour"].Success) return (false, null);
        if (!m.Groups["month"].Success) return (true, null);
        if (!m.Groups["day"].Success)
            return (int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12, null);
        var date = Date(m);
        return (date is not null, date);
    }

    private static DateOnly? Date(Match m) =>
        DateOnly.TryParseExact($"{m.Groups["year"].Value}-{m.Groups["month"].Value}-{m.Groups["day"].Value}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DateTimeOffset? DateTime(Match m)
    {
        if (Date(m) is not { } date) return null;
        int hour = Int(m, "hour"), minute = Int(m, "minute"), second = m.Groups["second"].Success ? Int(m, "second") : 0;
        if (hour > 23 || minute > 59 || second > 59) return null;
        var fraction = m.Groups["fraction"].Value.PadRight(7, '0')[..7];
        var offset = ParseOffset(m.Groups["offset"]);
        if (offset is null) return null;
        return new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute, second)), offset.Value)
            .AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
    }

    private static TimeSpan? ParseOffset(Group group)
    {
        if (!group.Success) return Jakarta;
        if (group.Value == "Z") return TimeSpan.Zero;
        int hours = int.Parse(group.Value[1..3], CultureInfo.InvariantCulture), minutes = int.Parse(group.Value[4..], CultureInfo.InvariantCulture);
        if (hours > 14 || minutes > 59) return null;
        var offset = new TimeSpan(hours, minutes, 0);
        return group.Value[0] == '-' ? -offset : offset;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<month>\d{2})(-(?<day>\d{2})(T(?<hour>\d{2}):(?<minute>\d{2})(:(?<second>\d{2})(\.(?<fraction>\d+))?)?(?<offset>Z|[+-]\d{2}:\d{2})?)?)?)?$")]
    private static partial Regex DateTimePattern();
}
