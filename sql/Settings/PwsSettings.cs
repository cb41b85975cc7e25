namespace Pws.Warehouse.Settings;

/// <summary>One deployment's configuration (section "Pws"), shared by the CLIs and the dashboard.</summary>
public sealed class PwsSettings
{
    public const string Section = "Pws";

    /// <summary>The kabupaten/kota this deployment serves, dotted Kemendagri code.</summary>
    public string Kabupaten { get; set; } = "33.29";

    public string Inbox { get; set; } = "data/inbox";

    public WarehouseSettings Warehouse { get; set; } = new();

    /// <summary>Secret for NIK pseudonyms; generated on first run and kept outside the warehouse.</summary>
    public string KeyFile { get; set; } = "data/kunci-pseudonim.key";

    /// <summary>Overrides the indicator catalog shipped with the product.</summary>
    public string? CatalogFile { get; set; }

    public ImportSchedule Import { get; set; } = new();

    /// <summary>Generate the Brebes demo inbox when it is missing and import it on first start.</summary>
    public bool Demo { get; set; }

    /// <summary>Crude birth rate per 1,000 people, used to estimate missing maternal and infant sasaran.</summary>
    public double? CbrPerSeribu { get; set; }
}

public sealed class WarehouseSettings
{
    /// <summary>"duckdb" (embedded, default) or "sqlserver".</summary>
    public string Provider { get; set; } = "duckdb";

    /// <summary>DuckDB file path, or a SQL Server connection string.</summary>
    public string Connection { get; set; } = "data/pws.duckdb";
}

public sealed class ImportSchedule
{
    public string Cron { get; set; } = "0 1 * * *";
    public string TimeZone { get; set; } = "Asia/Jakarta";
}
