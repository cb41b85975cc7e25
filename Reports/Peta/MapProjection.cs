namespace Pws.Reports.Peta;

/// <summary>Longitude and latitude to picture pixels: an equirectangular projection with longitude shortened by the
/// cosine of the middle latitude (true enough for a kabupaten or a province), fitted to a width, north up.</summary>
public sealed class MapProjection
{
    public const int Margin = 8;
    private readonly double minX, maxY, scale, cos;

    public int Width { get; }
    public int Height { get; }

    public MapProjection(IEnumerable<VillageShape> shapes, int width)
    {
        var points = shapes.SelectMany(s => s.Rings).SelectMany(r => r).ToList();
        if (points.Count == 0) points = [(0, 0), (1, 1)];
        var middle = (points.Min(p => p.Y) + points.Max(p => p.Y)) / 2;
        cos = Math.Cos(middle * Math.PI / 180);
        minX = points.Min(p => p.X) * cos;
        maxY = points.Max(p => p.Y);
        var spanX = Math.Max(points.Max(p => p.X) * cos - minX, 1e-9);
        var spanY = Math.Max(maxY - points.Min(p => p.Y), 1e-9);
        Width = width;
        scale = (width - 2 * Margin) / spanX;
        Height = (int)Math.Ceiling(spanY * scale) + 2 * Margin;
    }

    public (double X, double Y) Project((double X, double Y) p) => (Margin + (p.X * cos - minX) * scale, Margin + (maxY - p.Y) * scale);
}
