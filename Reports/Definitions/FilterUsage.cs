using Pws.Reports.Wilayah;

namespace Pws.Reports.Definitions;

/// <summary>How the command line writes each report's filters, with values a user can copy: the usage text is made
/// from the registry, so a new report or filter shows there without anyone remembering to add it.</summary>
public static class FilterUsage
{
    private static readonly IReadOnlyDictionary<string, string> Examples = new Dictionary<string, string>
    {
        ["indikator"] = "K1",
        ["periode"] = "2026-03",
        ["tahun"] = "2026",
        ["sampai-bulan"] = "M",
        ["tingkat"] = string.Join('|', Enum.GetNames<Tingkat>().Select(n => n.ToLowerInvariant())),
        ["puskesmas"] = "KODE",
        ["kabkota"] = "33.29",
        ["kegiatan"] = "CEK_SERENTAK",
    };

    public static string Line(IReport report) => string.Join(' ',
    [
        "dotnet run --project Reports -- export", report.Name,
        .. report.RequiredFilters.Select(Filter),
        .. report.OptionalFilters.Select(f => $"[{Filter(f)}]"),
        "--format csv|xlsx --out FILE",
    ]);

    private static string Filter(string name) => $"--{name} {Examples.GetValueOrDefault(name, "NILAI")}";
}
