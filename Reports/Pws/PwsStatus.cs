namespace Pws.Reports.Pws;

/// <summary>The four PWS classes: against the cumulative target, and the month's trend.</summary>
public enum PwsStatus
{
    /// <summary>At or above target, trend up.</summary>
    BAIK,
    /// <summary>At or above target, trend down.</summary>
    KURANG,
    /// <summary>Below target, trend up.</summary>
    CUKUP,
    /// <summary>Below target, trend down.</summary>
    JELEK,
}
