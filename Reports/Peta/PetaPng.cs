using Pws.Reports.Wilayah;
using ScottPlot;

namespace Pws.Reports.Peta;

/// <summary>The same choropleth as a picture for the workbook, drawn by ScottPlot (no System.Drawing), with its legend.</summary>
public static class PetaPng
{
    public const int Width = 1000;

    public static (byte[] Png, int Width, int Height) Render(PetaModel model, IReadOnlyDictionary<string, VillageShape> shapes, AreaRollup rollup,
        string? note)
    {
        var drawn = model.Villages.Where(v => shapes.ContainsKey(v.KodeDesa)).ToList();
        var projection = new MapProjection(drawn.Select(v => shapes[v.KodeDesa]), Width);
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(note is null ? model.Judul : $"{model.Judul}\n{note}");
        foreach (var village in drawn)
            foreach (var ring in shapes[village.KodeDesa].Rings)
            {
                var polygon = plot.Add.Polygon(ring.Select(p => projection.Project(p)).Select(p => new Coordinates(p.X, -p.Y)).ToArray());
                polygon.FillColor = Color.FromHex(village.Warna);
                polygon.LineColor = Colors.White;
                polygon.LineWidth = 0.6f;
            }
        foreach (var label in MapLabels.For(drawn, shapes, projection, rollup))
        {
            var text = plot.Add.Text(label.Nama, label.X, -label.Y);
            text.LabelFontSize = 13;
            text.LabelBold = true;
            text.LabelFontColor = Color.FromHex("#263238");
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.75);
            text.LabelAlignment = Alignment.MiddleCenter;
        }
        foreach (var legend in model.Legenda)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend.Label, FillColor = Color.FromHex(legend.Warna) });
        plot.ShowLegend(Edge.Bottom);
        plot.HideAxesAndGrid();
        plot.Axes.SquareUnits();
        var height = Math.Clamp(projection.Height + 160, 400, 2400);
        return (plot.GetImageBytes(Width, height, ImageFormat.Png), Width, height);
    }
}
