using System.Globalization;
using Hl7.Fhir.Model;

namespace Pws.Etl.Sources.Fhir;

/// <summary>Reads primitive values through their raw <c>JsonValue</c>: in Firely's recoverable mode a
/// typed property throws when the payload's value does not fit its type (a NIK sent as a JSON number,
/// a status in the wrong case), while the raw value is always there.</summary>
public static class FhirPrimitives
{
    public static string? Text(DataType? value)
    {
        var text = (value as PrimitiveType)?.JsonValue switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary><c>meta.lastUpdated</c>, or null when absent or not an instant.</summary>
    public static DateTimeOffset? LastUpdated(Resource resource) =>
        Text(resource.Meta?.LastUpdatedElement) is { } text ? FhirDates.Instant(text) : null;
}
