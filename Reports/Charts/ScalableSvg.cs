using ScottPlot;

namespace Pws.Reports.Charts;

public static class ScalableSvg
{
    /// <summary>ScottPlot's SVG with a viewBox, so a page can scale it to its column without cropping.</summary>
    public static string From(Plot plot, int width, int height)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start < 0 || svg.Contains("viewBox", StringComparison.Ordinal)
            ? svg
            : svg.Insert(start + 4, $" viewBox=\"0 0 {width} {height}\"");
    }
}
