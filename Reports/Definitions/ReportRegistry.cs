namespace Pws.Reports.Definitions;

/// <summary>Every report of the product by name, for the command line, the API and the downloads.</summary>
public sealed class ReportRegistry(IEnumerable<IReport> reports)
{
    private readonly IReadOnlyDictionary<string, IReport> byName = reports.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Names => byName.Keys.Order(StringComparer.Ordinal);

    public IReport? Find(string name) => byName.GetValueOrDefault(name);

    public IReport Get(string name) => Find(name)
        ?? throw new ArgumentException($"Laporan '{name}' tidak dikenal. Pilihan: {string.Join(", ", Names)}.");
}
