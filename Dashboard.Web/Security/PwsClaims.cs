namespace Pws.Dashboard.Web.Security;

public static class PwsClaims
{
    public const string Dinkes = "DINKES";
    public const string Puskesmas = "PUSKESMAS";
    public const string KodePuskesmas = "kode_puskesmas";
}
