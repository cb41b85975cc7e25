namespace Pws.Reports.Pws;

/// <summary>UCI desa: IDL coverage for the full year at or above the configured threshold (default 80 %).
/// Before December the figure is provisional: coverage so far against the same threshold.</summary>
public static class Uci
{
    public const string Indikator = "IDL";

    public static bool? IsUci(PwsDesa idl, double threshold) => idl.CakupanKumulatif is { } cakupan ? cakupan >= threshold : null;
}
