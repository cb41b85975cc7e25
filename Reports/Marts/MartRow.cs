namespace Pws.Reports.Marts;

/// <summary>One village's figures for one indicator and month, as the mart holds them.</summary>
public sealed record MartRow(string KodeDesa, string KodeIndikator, int? Sasaran, int BulanIni, int Kumulatif);
