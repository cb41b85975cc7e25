
namespace Pws.Reports.Pws;

/// <summary>The PWS status colours, shared by charts, tables and workbooks.</summary>
public static class StatusColors
{
    public static string Hex(PwsStatus? status) => status switch
    {
        PwsStatus.BAIK => "#2E7D32",
        PwsStatus.KURANG => "#F9A825",
        PwsStatus.CUKUP => "#EF6C00",
        PwsStatus.JELEK => "#C62828",
        _ => "#9E9E9E",
    };

    public static string Label(PwsStatus? status) => status switch
    {
        PwsStatus.BAIK => "Baik (di atas target, naik)",
        PwsStatus.KURANG => "Kurang (di atas target, turun)",
        PwsStatus.CUKUP => "Cukup (di bawah target, naik)",
        PwsStatus.JELEK => "Jelek (di bawah target, turun)",
        _ => "Sasaran belum ada",
    };
}
