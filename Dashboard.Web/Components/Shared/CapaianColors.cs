namespace Pws.Dashboard.Web.Components.Shared;

/// <summary>Capaian against a 100 % target, in the colours the SPM workbook uses.</summary>
public static class CapaianColors
{
    public static string Background(double? capaian) => capaian switch
    {
        null => "transparent",
        >= 100 => "#C8E6C9",
        >= 80 => "#FFF59D",
        >= 50 => "#FFCC80",
        _ => "#EF9A9A",
    };
}
