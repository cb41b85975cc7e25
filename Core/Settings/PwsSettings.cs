namespace Pws.Core.Settings;

/// <summary>One deployment's configuration (section "Pws"), shared by the CLIs and the dashboard.</summary>
public sealed class PwsSettings
{
    public const string Section = "Pws";

    /// <summary>The kabupaten/kota (33.29) or the province (33) this deployment serves. Empty means "the one
    /// the warehouse recorded at its first import"; each entry point resolves it against the warehouse
    /// (<c>ServedArea</c>) before anything reads it.</summary>
    public string Kabupaten { get; set; } = "";

    public string Inbox { get; set; } = "data/inbox";

    public WarehouseSettings Warehouse { get; set; } = new();

    /// <summary>Secret for NIK pseudonyms; generated on first run and kept outside the warehouse.</summary>
    public string KeyFile { get; set; } = "data/kunci-pseudonim.key";

    /// <summary>Overrides the indicator catalog shipped with the product.</summary>
    public string? CatalogFile { get; set; }

    public ImportSchedule Import { get; set; } = new();

    /// <summary>Puskesmas that send through a FHIR R4 server (SATUSEHAT style) rather than, or besides, files.</summary>
    public List<FhirSourceSettings> FhirSources { get; set; } = [];

    /// <summary>How patiently a FHIR server is pulled before its source is recorded as failed.</summary>
    public FhirPullSettings FhirPull { get; set; } = new();

    /// <summary>Generate the Brebes demo inbox when it is missing and import it on first start.</summary>
    public bool Demo { get; set; }

    /// <summary>Crude birth rate per 1,000 people, used to estimate missing maternal and infant sasaran.</summary>
    public double? CbrPerSeribu { get; set; }

    /// <summary>A village is UCI when its full-year IDL coverage reaches this percentage.</summary>
    public double UciAmbang { get; set; } = 80;

    public UhcThresholds Uhc { get; set; } = new();

    public ScreeningCutPoints Skrining { get; set; } = new();

    public AksesSettings Akses { get; set; } = new();

    /// <summary>How many workbooks and charts are drawn at once, and how long a further download waits for its turn.</summary>
    public UnduhanSettings Unduhan { get; set; } = new();
}

/// <summary>Who may read what. Deny by default: every page needs a signed-in user. Accounts live in the
/// warehouse and are managed on the /pengguna page; users listed here are added to it when missing (a seed).</summary>
public sealed class AksesSettings
{
    public List<PenggunaSettings> Pengguna { get; set; } = [];

    /// <summary>Failed sign-ins from one client address, across accounts, within a minute before that address is refused.</summary>
    public int BatasGagalPerAlamat { get; set; } = 20;

    /// <summary>How often an open page re-checks its account (disabled, changed, signed out) without any action.</summary>
    public TimeSpan PeriksaSesi { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Addresses of the reverse proxies (TLS in front of the dashboard) whose X-Forwarded-For and
    /// X-Forwarded-Proto are believed; without them those headers are ignored.</summary>
    public List<string> ProksiTepercaya { get; set; } = [];
}

public sealed class UnduhanSettings
{
    /// <summary>Workbooks and charts drawn at the same time; each can take hundreds of megabytes.</summary>
    public int Serentak { get; set; } = 2;

    /// <summary>How long a download waits for its turn before it is answered 429 with Retry-After.</summary>
    public TimeSpan TungguMaks { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class PenggunaSettings
{
    public string Nama { get; set; } = "";

    /// <summary>A hash made by <c>dotnet run --project Etl -- kata-sandi</c>, never the password itself.</summary>
    public string KataSandi { get; set; } = "";

    /// <summary>ADMIN, ANALIS_DINKES, BAPPEDA or KEPALA_PUSKESMAS (the first release's DINKES and PUSKESMAS still read).</summary>
    public string Peran { get; set; } = Pws.Core.Security.Peran.KepalaPuskesmas;

    /// <summary>The puskesmas a kepala puskesmas is bound to.</summary>
    public string? KodePuskesmas { get; set; }

    /// <summary>In a province deployment, the kabupaten/kota an analyst is bound to (e.g. 33.29).</summary>
    public string? KodeKabKota { get; set; }
}

/// <summary>UHC levels (percent of population): guidance sets them, a Dinkes may adjust them.</summary>
public sealed class UhcThresholds
{
    public double PrioritasKepesertaan { get; set; } = 98;
    public double PrioritasKeaktifan { get; set; } = 80;
    public double Kepesertaan { get; set; } = 95;
}

/// <summary>When a screening measurement is flagged for follow-up.</summary>
public sealed class ScreeningCutPoints
{
    public double Sistolik { get; set; } = 140;
    public double Diastolik { get; set; } = 90;
    public double GulaDarahSewaktu { get; set; } = 200;
    public double KolesterolTotal { get; set; } = 200;
}

public sealed class WarehouseSettings
{
    public Pws.Warehouse.Dialects.Dialect CreateDialect() => Pws.Warehouse.Dialects.Dialect.Create(Provider, Connection, MemoryLimit);

    /// <summary>"duckdb" (embedded, default) or "sqlserver".</summary>
    public string Provider { get; set; } = "duckdb";

    /// <summary>DuckDB file path, or a SQL Server connection string.</summary>
    public string Connection { get; set; } = "data/pws.duckdb";

    /// <summary>The embedded warehouse's memory ceiling (DuckDB <c>memory_limit</c>, e.g. "1GB"): above it DuckDB spills
    /// to a folder beside the file. Empty (the default) lets DuckDB take up to 80 % of the machine. A ceiling suits an
    /// import machine; on the dashboard, which imports while it answers, DuckDB treats running out of it as fatal and
    /// must be restarted, so it is not the default.</summary>
    public string MemoryLimit { get; set; } = "";
}

public sealed class FhirPullSettings
{
    /// <summary>Tries per request, the first included, before a transient failure fails the source.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed try; it doubles after each further one.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);
}

public sealed class FhirSourceSettings
{
    public string KodePuskesmas { get; set; } = "";
    public string BaseUrl { get; set; } = "";
}

public sealed class ImportSchedule
{
    public string Cron { get; set; } = "0 1 * * *";
    public string TimeZone { get; set; } = "Asia/Jakarta";
}
