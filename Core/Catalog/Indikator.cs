namespace Pws.Core.Catalog;

/// <summary>One indicator of the catalog: which services count (numerator) against which sasaran.</summary>
public sealed record Indikator(
    string Kode,
    string Nama,
    int Klaster,
    string Kelompok,
    IReadOnlyList<string> Layanan,
    string Sasaran,
    double Target);
