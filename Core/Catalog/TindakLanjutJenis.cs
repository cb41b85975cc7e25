namespace Pws.Core.Catalog;

/// <summary>One follow-up list of the catalog: people whose trigger (a service, a flag of a screening, or birth) had no
/// follow-up service within the window. Windows are the Dinkes's to set (docs/domain.md, "Follow-up").</summary>
/// <param name="Pemicu">A service code; <c>LAHIR</c> (a baby seen before its first birthday); or a screening flag,
/// <c>TEKANAN_DARAH_TINGGI</c> or <c>GULA_DARAH_TINGGI</c>.</param>
/// <param name="Lanjutan">The services that count as the follow-up, at any puskesmas.</param>
public sealed record TindakLanjutJenis(string Kode, string Nama, string Pemicu, IReadOnlyList<string> Lanjutan, int? JendelaHari = null, int? JendelaBulan = null)
{
    public const string Lahir = "LAHIR";
    public const string TekananDarahTinggi = "TEKANAN_DARAH_TINGGI";
    public const string GulaDarahTinggi = "GULA_DARAH_TINGGI";

    /// <summary>The last day the follow-up still counts.</summary>
    public DateOnly Batas(DateOnly pemicu) => JendelaBulan is { } bulan ? pemicu.AddMonths(bulan) : pemicu.AddDays(JendelaHari ?? 0);

    public string Jendela => JendelaBulan is { } bulan ? $"{bulan} bulan" : $"{JendelaHari} hari";
}
