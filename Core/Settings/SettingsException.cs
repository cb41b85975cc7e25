namespace Pws.Core.Settings;

/// <summary>A setting that cannot work, named with its configuration key; the start stops here rather than later.</summary>
public sealed class SettingsException(IReadOnlyList<string> problems)
    : ArgumentException("Setelan tidak sah: " + string.Join("; ", problems) + ".")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
