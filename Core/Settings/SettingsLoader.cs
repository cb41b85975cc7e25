using Microsoft.Extensions.Configuration;

namespace Pws.Core.Settings;

/// <summary>Reads <see cref="PwsSettings"/> for the command-line tools: appsettings.json beside the
/// program, then environment variables (Pws__Kabupaten, Pws__Warehouse__Connection, ...).</summary>
public static class SettingsLoader
{
    public static PwsSettings Load()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return Bind(configuration);
    }

    public static PwsSettings Bind(IConfiguration configuration)
    {
        var settings = new PwsSettings();
        configuration.GetSection(PwsSettings.Section).Bind(settings);
        return settings;
    }
}
