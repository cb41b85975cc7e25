namespace Pws.Reports.Uhc;

/// <summary>One village's JKN figures for a month; all null when the month's JKN file lacks the village.</summary>
public sealed record UhcRow(string KodeDesa, string NamaDesa, int? Penduduk, int? PesertaJkn, int? PesertaAktif,
    double? Kepesertaan, double? Keaktifan, string? StatusUhc);
