namespace Pws.Reports.Definitions;

/// <summary>A request for an area outside the reader's: refused (HTTP 403), never answered with an empty or
/// quietly narrowed table, so that an edited address cannot be mistaken for "no data".</summary>
public sealed class AreaForbiddenException(string message) : Exception(message);
