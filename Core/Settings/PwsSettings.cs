namespace Pws.Core.Settings;

/// <summary>One deployment's configuration (section "Pws"), shared by the CLIs and the dashboard. Settings are
/// init-only: what a process starts with it keeps, and a command line's options make a new copy (<c>with</c>).</summary>
public sealed record PwsSettings
{
    public const string Section = "Pws";

    /// <summary>The kabupaten/kota (33.29) or the province (33) this deployment serves, as configured. Empty means "the
    /// one the warehouse recorded at its first import". Only <c>Pws.Core.Area.ServedArea</c> decides the area from it: that settles
    /// the area once per process, and everything else asks it.</summary>
    public string Kabupaten { get; init; } = "";

    public string Inbox { get; init; } = "data/inbox";

    public WarehouseSettings Warehouse { get; init; } = new();

    /// <summary>Secret for NIK pseudonyms; generated on first run and kept outside the warehouse.</summary>
    public string KeyFile { get; init; } = "data/kunci-pseudonim.key";

    /// <summary>Overrides the indicator catalog shipped with the product.</summary>
    public string? CatalogFile { get; init; }

    public ImportSchedule Import { get; init; } = new();

    /// <summary>Puskesmas that send through a FHIR R4 server (SATUSEHAT style) rather than, or besides, files.</summary>
    public IReadOnlyList<FhirSourceSettings> FhirSources { get; init; } = [];

    /// <summary>How patiently a FHIR server is pulled before its source is recorded as failed.</summary>
    public FhirPullSettings FhirPull { get; init; } = new();

    /// <summary>Generate the Brebes demo inbox when it is missing and import it on first start.</summary>
    public bool Demo { get; init; }

    /// <summary>Crude birth rate per 1,000 people, used to estimate missing maternal and infant sasaran.</summary>
    public double? CbrPerSeribu { get; init; }

    /// <summary>A village is UCI when its full-year IDL coverage reaches this percentage.</summary>
    public double UciAmbang { get; init; } = 80;

    public UhcThresholds Uhc { get; init; } = new();

    public ScreeningCutPoints Skrining { get; init; } = new();

    public AksesSettings Akses { get; init; } = new();

    /// <summary>How many workbooks and charts are drawn at once, and how long a further download waits for its turn.</summary>
    public UnduhanSettings Unduhan { get; init; } = new();
}

/// <summary>Who may read what. Deny by default: every page needs a signed-in user. Accounts live in the
/// warehouse and are managed on the /pengguna page; users listed here are added to it when missing (a seed).</summary>
public sealed record AksesSettings
{
    public IReadOnlyList<PenggunaSettings> Pengguna { get; init; } = [];

    /// <summary>Failed sign-ins from one client address, across accounts, within a minute before that address is refused.</summary>
    public int BatasGagalPerAlamat { get; init; } = 20;

    /// <summary>How often an open page re-checks its account (disabled, changed, signed out) without any action.</summary>
    public TimeSpan PeriksaSesi { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Addresses of the reverse proxies (TLS in front of the dashboard) whose X-Forwarded-For and
    /// X-Forwarded-Proto are believed; without them those headers are ignored.</summary>
    public IReadOnlyList<string> ProksiTepercaya { get; init; } = [];
}

public sealed record UnduhanSettings
{
    /// <summary>Workbooks and charts drawn at the same time; each can take hundreds of megabytes.</summary>
    public int Serentak { get; init; } = 2;

    /// <summary>How long a download waits for its turn before it is answered 429 with Retry-After.</summary>
    public TimeSpan TungguMaks { get; init; } = TimeSpan.FromSeconds(30);
}

public sealed record PenggunaSettings
{
    public string Nama { get; init; } = "";

    /// <summary>A hash made by <c>dotnet run --project Etl -- kata-sandi</c>, never the password itself.</summary>
    public string KataSandi { get; init; } = "";

    /// <summary>ADMIN, ANALIS_DINKES, BAPPEDA or KEPALA_PUSKESMAS (the first release's DINKES and PUSKESMAS still read).</summary>
    public string Peran { get; init; } = Pws.Core.Security.Peran.KepalaPuskesmas;

    /// <summary>The puskesmas a kepala puskesmas is bound to.</summary>
    public string? KodePuskesmas { get; init; }

    /// <summary>In a province deployment, the kabupaten/kota an analyst is bound to (e.g. 33.29).</summary>
    public string? KodeKabKota { get; init; }
}

/// <summary>UHC levels (percent of population): guidance sets them, a Dinkes may adjust them.</summary>
public sealed record UhcThresholds
{
    public double PrioritasKepesertaan { get; init; } = 98;
    public double PrioritasKeaktifan { get; init; } = 80;
    public double Kepesertaan { get; init; } = 95;
}

/// <summary>When a screening measurement is flagged for follow-up.</summary>
public sealed record ScreeningCutPoints
{
    public double Sistolik { get; init; } = 140;
    public double Diastolik { get; init; } = 90;
    public double GulaDarahSewaktu { get; init; } = 200;
    public double KolesterolTotal { get; init; } = 200;

    /// <summary>docs/domain.md, the screening-to-care cascade: a flagged screening is followed up by a hypertension (DM)
    /// service within this many days. Fixed by the domain, not configured.</summary>
    public const int JendelaTindakLanjutHari = 30;
}

public sealed record WarehouseSettings
{
    public Pws.Warehouse.Dialects.Dialect CreateDialect() => Pws.Warehouse.Dialects.Dialect.Create(Provider, Connection, MemoryLimit);

    /// <summary>"duckdb" (embedded, default) or "sqlserver".</summary>
    public string Provider { get; init; } = "duckdb";

    /// <summary>DuckDB file path, or a SQL Server connection string.</summary>
    public string Connection { get; init; } = "data/pws.duckdb";

    /// <summary>The embedded warehouse's memory ceiling (DuckDB <c>memory_limit</c>, e.g. "1GB"): above it DuckDB spills
    /// to a folder beside the file. Empty (the default) lets DuckDB take up to 80 % of the machine. DuckDB 1.5 fails the
    /// one statement that cannot fit and goes on, but the ceiling is per process: an import and the pages share it.</summary>
    public string MemoryLimit { get; init; } = "";
}

public sealed record FhirPullSettings
{
    /// <summary>Tries per request, the first included, before a transient failure fails the source.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait after the first failed try; it doubles after each further one.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);
}

public sealed record FhirSourceSettings
{
    public string KodePuskesmas { get; init; } = "";
    public string BaseUrl { get; init; } = "";
}

public sealed record ImportSchedule
{
    public string Cron { get; init; } = "0 1 * * *";
    public string TimeZone { get; init; } = "Asia/Jakarta";
}
