namespace Pws.Reports.Jangkauan;

/// <param name="Bulan">The month, or null for January to the last month together.</param>
/// <param name="Klaster">The ILP cluster of the services counted, or null for every service.</param>
public sealed record JangkauanRow(string KodeWilayah, string NamaWilayah, int? Klaster, int? Bulan, JangkauanCounts Counts);
