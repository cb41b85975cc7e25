namespace Pws.Etl.Validation;

/// <summary>A monthly count that passed every rule: people of a village whose first service of the year fell in the
/// month, as the puskesmas reports them.</summary>
public sealed record AgregatRow(string KodePuskesmas, string KodeDesa, int Tahun, int Bulan, string Layanan, int Jumlah);

/// <summary>A screening recap count that passed every rule: people of a village screened with one measurement in the
/// month, and those it flagged.</summary>
public sealed record AgregatSkriningRow(string KodePuskesmas, string KodeDesa, int Tahun, int Bulan, string Ukuran, int Diskrining, int Ditandai);
