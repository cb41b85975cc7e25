namespace Pws.Reports.ImportRuns;

/// <summary>One import run as recorded in the warehouse (times in UTC).</summary>
public sealed class EtlRun
{
    public long IdRun { get; init; }
    /// <summary>The inbox folder or server address read: a path of the server, kept out of every JSON answer.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Sumber { get; init; } = "";
    public string? JenisSumber { get; init; }
    public string? KodePuskesmas { get; init; }
    public DateTime Mulai { get; init; }
    public DateTime? Selesai { get; init; }
    public string Status { get; init; } = "";
    public int Berkas { get; init; }
    public long BarisDibaca { get; init; }
    public long BarisDimuat { get; init; }
    public long BarisDikarantina { get; init; }
    /// <summary>Shown on the data-quality page; may name server paths, so kept out of every JSON answer.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? PesanGalat { get; init; }

    /// <summary>A run that succeeded without reading anything: every file was already loaded as it is.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool TidakBerubah => Status == "BERHASIL" && BarisDibaca == 0 && BarisDimuat == 0 && BarisDikarantina == 0;
}
