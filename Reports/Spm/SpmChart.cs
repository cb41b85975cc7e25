using Pws.Reports.Charts;
using Pws.Reports.Formatting;
using ScottPlot;

namespace Pws.Reports.Spm;

/// <summary>The 12 SPM services of one area as horizontal bars of capaian against the 100 % target.</summary>
public static class SpmChart
{
    public const int Width = 900;
    public const int Height = 460;

    public static string Svg(IReadOnlyList<SpmRow> rows, string title) => ScalableSvg.From(Build(rows, title), Width, Height);

    public static byte[] Png(IReadOnlyList<SpmRow> rows, string title) => Build(rows, title).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Build(IReadOnlyList<SpmRow> rows, string title)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(title);
        var ordered = rows.OrderByDescending(r => r.KodeSpm, StringComparer.Ordinal).ToList();
        var bars = ordered.Select((r, i) => new Bar
        {
            Position = i,
            Value = r.Capaian ?? 0,
            FillColor = Color.FromHex(r.Capaian switch { >= 100 => "#43A047", >= 80 => "#FDD835", >= 50 => "#FB8C00", _ => "#E53935" }),
            LineWidth = 0,
            Label = (r.Capaian is { } c ? c.ToString("0.0", Indonesian.Numbers) + " %" : Indonesian.Unknown) + Agregat.PorsiAgregat.Tanda(r.PorsiAgregat),
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 11;
        plot.Add.VerticalLine(100, 2, Colors.Navy, LinePattern.Dashed);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, ordered.Count).Select(i => (double)i).ToArray(),
            ordered.Select(r => $"{r.KodeSpm} {Short(r.NamaSpm)}").ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinimumSize = 230;
        plot.XLabel(rows.Any(r => r.PorsiAgregat > 0) ? "Capaian (%); * sebagian dari data agregat" : "Capaian (%)");
        plot.Axes.SetLimits(0, Math.Max(110, bars.Select(b => b.Value).DefaultIfEmpty(0).Max() * 1.15), -0.7, Math.Max(ordered.Count, 1) - 0.3);
        return plot;
    }

    private static string Short(string nama) => nama.Replace("Pelayanan kesehatan ", "", StringComparison.OrdinalIgnoreCase);
}
