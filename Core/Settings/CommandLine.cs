namespace Pws.Core.Settings;

/// <summary>The CLIs' options: <c>verb [noun] --name value ...</c>; an option may repeat.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> options = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Words { get; }

    public CommandLine(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(args[i]);
                continue;
            }
            var name = args[i][2..];
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Opsi --{name} memerlukan nilai.");
            if (!options.TryGetValue(name, out var values)) options[name] = values = [];
            values.Add(args[++i]);
        }
        Words = words;
    }

    public string? Get(string name) => options.TryGetValue(name, out var values) ? values[^1] : null;

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"Opsi --{name} wajib diisi.");

    public IReadOnlyList<string> GetAll(string name) => options.TryGetValue(name, out var values) ? values : [];

    public IEnumerable<string> Names => options.Keys;

    /// <summary>The configured settings with --warehouse, --provider and --kabupaten applied over them, as a new copy:
    /// the settings given are left as they were.</summary>
    public PwsSettings ApplyTo(PwsSettings settings)
    {
        var warehouse = settings.Warehouse;
        if (Get("warehouse") is { } connection)
            // A connection string names its parts with '='; a DuckDB file path does not.
            warehouse = warehouse with { Connection = connection, Provider = connection.Contains('=') ? "sqlserver" : "duckdb" };
        if (Get("provider") is { } provider) warehouse = warehouse with { Provider = provider };
        var kabupaten = Get("kabupaten") is { } given ? Pws.Warehouse.Wilayah.AreaRecord.Normalize(given) ?? "" : settings.Kabupaten;
        return settings with { Warehouse = warehouse, Kabupaten = kabupaten };
    }
}
