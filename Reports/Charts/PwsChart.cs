using Pws.Reports.Formatting;
using Pws.Reports.Pws;
using ScottPlot;

namespace Pws.Reports.Charts;

/// <summary>The classic PWS chart, drawn once: one bar per village (cumulative coverage, high to low,
/// coloured by status), the cumulative target as a line, and a mark where each bar stood last month.
/// SVG for the page, PNG for Excel and print: the same picture.</summary>
public static class PwsChart
{
    public const int Width = 1100;
    public const int Height = 520;

    public static string Svg(PwsLaporan laporan) => ScalableSvg.From(Build(laporan), Width, Height);

    public static byte[] Png(PwsLaporan laporan) => Build(laporan).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Build(PwsLaporan laporan)
    {
        var desa = laporan.Desa.OrderByDescending(d => d.CakupanKumulatif ?? -1).ThenBy(d => d.NamaDesa).ToList();
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title($"PWS {laporan.Indikator.Kode}: {laporan.Indikator.Nama}, s.d. {laporan.Periode.Nama}");
        plot.YLabel("Cakupan kumulatif (%)");

        var bars = desa.Select((d, i) => new Bar
        {
            Position = i,
            Value = d.CakupanKumulatif ?? 0,
            FillColor = Color.FromHex(StatusColors.Hex(d.Status)),
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);

        var lastMonth = desa.Select((d, i) => (d, i)).Where(x => x.d.CakupanKumulatifBulanLalu is not null).ToList();
        if (lastMonth.Count > 0)
        {
            var marks = plot.Add.ScatterPoints(
                lastMonth.Select(x => (double)x.i).ToArray(),
                lastMonth.Select(x => x.d.CakupanKumulatifBulanLalu!.Value).ToArray());
            marks.MarkerShape = MarkerShape.FilledTriangleDown;
            marks.MarkerSize = 9;
            marks.Color = Colors.Black;
        }

        plot.Add.HorizontalLine(laporan.TargetKumulatif, 2, Colors.Navy, LinePattern.Dashed);

        foreach (var status in Enum.GetValues<PwsStatus>())
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = StatusColors.Label(status),
                FillColor = Color.FromHex(StatusColors.Hex(status)),
            });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = $"Target kumulatif {laporan.TargetKumulatif.ToString("0.##", Indonesian.Numbers)} %",
            LineColor = Colors.Navy,
            LineWidth = 2,
            LinePattern = LinePattern.Dashed,
        });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "Kumulatif s.d. bulan lalu",
            MarkerShape = MarkerShape.FilledTriangleDown,
            MarkerColor = Colors.Black,
            MarkerSize = 9,
        });
        plot.ShowLegend(Edge.Bottom);

        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, desa.Count).Select(i => (double)i).ToArray(),
            desa.Select(d => d.NamaDesa).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        // Rotated village names need room below the bars; ScottPlot does not reserve it by itself.
        plot.Axes.Bottom.MinimumSize = 120;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("0.#", Indonesian.Numbers),
        };
        var top = Math.Max(laporan.TargetKumulatif, desa.Select(d => d.CakupanKumulatif ?? 0).DefaultIfEmpty(0).Max());
        plot.Axes.SetLimits(-0.7, Math.Max(desa.Count, 1) - 0.3, 0, Math.Max(top * 1.15, 10));
        return plot;
    }
}
