namespace Pws.Etl.Inbox;

/// <summary>A file that cannot be read at all; it is quarantined whole with this reason.</summary>
public sealed class UnreadableFileException(string reason, string? column = null) : Exception(reason)
{
    public string? Column { get; } = column;
}
