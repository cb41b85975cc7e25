using Pws.Reports.Agregat;
using Pws.Reports.Charts;
using Pws.Reports.Formatting;
using Pws.Reports.Wilayah;
using ScottPlot;

namespace Pws.Reports.Pws;

/// <summary>The PWS chart: one bar per village or per area (cumulative coverage, high to low, coloured by status), the
/// cumulative target as a line, a mark where each bar stood last month, an open circle where it ends December at its
/// current pace and a cross over that circle where the annual target is out of reach. Up to <see cref="MostVerticalBars"/> bars it is
/// the classic chart with bars standing side by side; more bars lie one under the other in a picture as tall as they
/// need, so that no label ever overlaps another. SVG for the page, PNG for Excel and print: the same picture.</summary>
public static class PwsChart
{
    public const int Width = 1100;
    public const int Height = 520;
    public const int MostVerticalBars = 40;
    private const int RowHeight = 20;
    private const string TidakTerjangkauHex = "#6A1B9A";

    public static bool Horizontal(PwsLaporan laporan) => laporan.Batang.Count > MostVerticalBars;

    /// <summary>The picture's height: fixed for the classic chart, one row per bar otherwise.</summary>
    public static int HeightOf(PwsLaporan laporan) => Horizontal(laporan) ? 140 + RowHeight * laporan.Batang.Count : Height;

    public static string Svg(PwsLaporan laporan) => ScalableSvg.From(Build(laporan), Width, HeightOf(laporan));

    public static byte[] Png(PwsLaporan laporan) => Build(laporan).GetImageBytes(Width, HeightOf(laporan), ImageFormat.Png);

    /// <summary>The chart cut for print: a chart of lying bars in pictures of at most <paramref name="perPage"/> bars, each
    /// with its own title, axis and legend on the same scale, so every printed page of a long chart can be read alone.</summary>
    public static IReadOnlyList<(byte[] Png, int Height)> PrintPages(PwsLaporan laporan, int perPage)
    {
        var sorted = Sorted(laporan);
        // Bars standing side by side fit one page however many there are.
        if (!Horizontal(laporan) || sorted.Count <= perPage) return [(Png(laporan), HeightOf(laporan))];
        var pages = sorted.Chunk(perPage).ToList();
        return pages.Select((bars, i) =>
        {
            var height = 140 + RowHeight * bars.Length;
            var plot = Build(laporan, bars, horizontal: true, $" (bagian {i + 1} dari {pages.Count})");
            return (plot.GetImageBytes(Width, height, ImageFormat.Png), height);
        }).ToList();
    }

    /// <summary>The bars in the order drawn: highest coverage first, unknown last, then by name.</summary>
    public static IReadOnlyList<PwsDesa> Sorted(PwsLaporan laporan) =>
        laporan.Batang.OrderByDescending(d => d.CakupanKumulatif ?? -1).ThenBy(d => d.NamaDesa, StringComparer.Ordinal).ToList();

    private static Plot Build(PwsLaporan laporan) => Build(laporan, Sorted(laporan), Horizontal(laporan), "");

    /// <param name="bars">The bars drawn, of all of <paramref name="laporan"/>'s: the coverage axis spans all of them.</param>
    private static Plot Build(PwsLaporan laporan, IReadOnlyList<PwsDesa> bars, bool horizontal, string bagian)
    {
        // Lying bars are drawn top to bottom: the highest gets the top position.
        double Position(int i) => horizontal ? bars.Count - 1 - i : i;

        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var per = laporan.Wilayah is { Count: > 0 } ? $", per {TingkatLabel.Label(laporan.Per).ToLowerInvariant()}" : "";
        plot.Title($"PWS {laporan.Indikator.Kode}: {laporan.Indikator.Nama}, s.d. {laporan.Periode.Nama}{per}{bagian}");

        var drawn = plot.Add.Bars(bars.Select((d, i) => new Bar
        {
            Position = Position(i),
            Value = d.CakupanKumulatif ?? 0,
            FillColor = Color.FromHex(StatusColors.Hex(d.Status)),
            LineWidth = 0,
            Size = horizontal ? 0.7 : 0.8,
        }).ToList());
        drawn.Horizontal = horizontal;

        var lastMonth = bars.Select((d, i) => (d, i)).Where(x => x.d.CakupanKumulatifBulanLalu is not null).ToList();
        if (lastMonth.Count > 0)
        {
            var positions = lastMonth.Select(x => Position(x.i)).ToArray();
            var values = lastMonth.Select(x => x.d.CakupanKumulatifBulanLalu!.Value).ToArray();
            var marks = horizontal ? plot.Add.ScatterPoints(values, positions) : plot.Add.ScatterPoints(positions, values);
            marks.MarkerShape = horizontal ? MarkerShape.FilledDiamond : MarkerShape.FilledTriangleDown;
            marks.MarkerSize = horizontal ? 7 : 9;
            marks.Color = Colors.Black;
        }

        var projected = bars.Select((d, i) => (d, i)).Where(x => x.d.Proyeksi is not null).ToList();
        if (projected.Count > 0)
        {
            var positions = projected.Select(x => Position(x.i)).ToArray();
            var values = projected.Select(x => x.d.Proyeksi!.ProyeksiDesember).ToArray();
            var marks = horizontal ? plot.Add.ScatterPoints(values, positions) : plot.Add.ScatterPoints(positions, values);
            marks.MarkerShape = MarkerShape.OpenCircle;
            marks.MarkerSize = horizontal ? 7 : 9;
            marks.Color = Colors.Black;
        }

        var unreachable = projected.Where(x => x.d.Proyeksi!.TidakTerjangkau).ToList();
        if (unreachable.Count > 0)
        {
            var positions = unreachable.Select(x => Position(x.i)).ToArray();
            var values = unreachable.Select(x => x.d.Proyeksi!.ProyeksiDesember).ToArray();
            var marks = horizontal ? plot.Add.ScatterPoints(values, positions) : plot.Add.ScatterPoints(positions, values);
            marks.MarkerShape = MarkerShape.Eks;
            marks.MarkerSize = horizontal ? 9 : 11;
            marks.MarkerLineWidth = 2;
            marks.Color = Color.FromHex(TidakTerjangkauHex);
        }

        if (horizontal) plot.Add.VerticalLine(laporan.TargetKumulatif, 2, Colors.Navy, LinePattern.Dashed);
        else plot.Add.HorizontalLine(laporan.TargetKumulatif, 2, Colors.Navy, LinePattern.Dashed);

        Legend(plot, laporan, horizontal);

        var labels = bars.Select(d => d.NamaDesa + PorsiAgregat.Tanda(d.PorsiAgregat)).ToArray();
        var ticks = Enumerable.Range(0, bars.Count).Select(i => Position(i)).ToArray();
        var coverage = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => v.ToString("0.#", Indonesian.Numbers) };
        var top = Math.Max(laporan.TargetKumulatif, laporan.Batang.Select(d => Math.Max(d.CakupanKumulatif ?? 0, d.Proyeksi?.ProyeksiDesember ?? 0))
            .DefaultIfEmpty(0).Max());
        if (horizontal)
        {
            plot.XLabel("Cakupan kumulatif (%)");
            plot.Axes.Left.SetTicks(ticks, labels);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Axes.Bottom.TickGenerator = coverage;
            plot.Axes.SetLimits(0, Math.Max(top * 1.1, 10), -0.7, Math.Max(bars.Count, 1) - 0.3);
        }
        else
        {
            plot.YLabel("Cakupan kumulatif (%)");
            plot.Axes.Bottom.SetTicks(ticks, labels);
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            // Rotated names need room below the bars; ScottPlot does not reserve it by itself.
            plot.Axes.Bottom.MinimumSize = 120;
            plot.Axes.Left.TickGenerator = coverage;
            plot.Axes.SetLimits(-0.7, Math.Max(bars.Count, 1) - 0.3, 0, Math.Max(top * 1.15, 10));
        }
        return plot;
    }

    private static void Legend(Plot plot, PwsLaporan laporan, bool horizontal)
    {
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
            MarkerShape = horizontal ? MarkerShape.FilledDiamond : MarkerShape.FilledTriangleDown,
            MarkerColor = Colors.Black,
            MarkerSize = 9,
        });
        if (laporan.Batang.Any(d => d.Proyeksi is not null))
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = "Proyeksi Desember",
                MarkerShape = MarkerShape.OpenCircle,
                MarkerColor = Colors.Black,
                MarkerSize = 9,
            });
        if (laporan.Batang.Any(d => d.Proyeksi is { TidakTerjangkau: true }))
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = "Target tahunan tidak terjangkau",
                MarkerShape = MarkerShape.Eks,
                MarkerColor = Color.FromHex(TidakTerjangkauHex),
                MarkerSize = 11,
                MarkerLineWidth = 2,
            });
        if (laporan.Batang.Any(d => d.PorsiAgregat > 0))
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "* sebagian dari data agregat" });
        plot.ShowLegend(horizontal ? Edge.Top : Edge.Bottom);
    }
}
