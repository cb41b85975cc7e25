using System.Text.Json;

namespace Pws.Core.Catalog;

/// <summary>The indicator catalog: shipped as <c>Catalog/indikator.json</c>, replaceable per deployment
/// (setting Pws:CatalogFile), so adding an indicator needs no code.</summary>
public sealed class IndicatorCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public IReadOnlyList<Indikator> Indikator { get; }

    /// <summary>Every service code some indicator counts; visits with other codes are rejected.</summary>
    public IReadOnlySet<string> Layanan { get; }

    /// <summary>The follow-up lists and their windows.</summary>
    public IReadOnlyList<TindakLanjutJenis> TindakLanjut { get; }

    private IndicatorCatalog(IReadOnlyList<Indikator> indikator, IReadOnlyList<TindakLanjutJenis>? tindakLanjut)
    {
        Indikator = indikator;
        TindakLanjut = tindakLanjut ?? [];
        Layanan = indikator.SelectMany(i => i.Layanan).ToHashSet(StringComparer.Ordinal);
    }

    public Indikator Get(string kode) =>
        Indikator.FirstOrDefault(i => string.Equals(i.Kode, kode, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"Indikator '{kode}' tidak ada di katalog. Pilihan: {string.Join(", ", Indikator.Select(i => i.Kode))}.");

    public IEnumerable<Indikator> Kelompok(string kelompok) => Indikator.Where(i => i.Kelompok == kelompok);

    public static string ShippedFile => Path.Combine(AppContext.BaseDirectory, "Catalog", "indikator.json");

    public static IndicatorCatalog Load(string? overrideFile = null)
    {
        var path = string.IsNullOrWhiteSpace(overrideFile) ? ShippedFile : overrideFile;
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"Katalog indikator {path} kosong.");
        // A deployment's own catalog written before the follow-up lists existed keeps the shipped windows.
        var tindakLanjut = file.TindakLanjut ?? (path == ShippedFile ? null : Load().TindakLanjut);
        return new IndicatorCatalog(file.Indikator, tindakLanjut);
    }

    private sealed record CatalogFile(List<Indikator> Indikator, List<TindakLanjutJenis>? TindakLanjut);
}
