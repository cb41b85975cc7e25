using System.Globalization;
using System.Net;
using System.Text;
using Pws.Reports.Wilayah;

namespace Pws.Reports.Peta;

/// <summary>The choropleth as SVG for the page: each village a path filled with its colour, named on hover, linked to
/// its profile. Points closer than half a pixel to the last one drawn are left out: real boundaries carry far more
/// detail than a screen shows.</summary>
public static class PetaSvg
{
    public const int Width = 1000;

    /// <param name="rollup">The area's villages with their kecamatan, whose names the map carries.</param>
    public static string Render(PetaModel model, IReadOnlyDictionary<string, VillageShape> shapes, AreaRollup rollup)
    {
        var drawn = model.Villages.Where(v => shapes.ContainsKey(v.KodeDesa)).ToList();
        var projection = new MapProjection(drawn.Select(v => shapes[v.KodeDesa]), Width);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {projection.Width} {projection.Height}\" role=\"img\" aria-label=\"{Encode(model.Judul)}\">");
        foreach (var village in drawn)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"/desa/{Encode(village.KodeDesa)}\" data-kode-desa=\"{Encode(village.KodeDesa)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<path fill=\"{village.Warna}\" stroke=\"#FFFFFF\" stroke-width=\"0.6\" fill-rule=\"evenodd\" d=\"");
            foreach (var ring in shapes[village.KodeDesa].Rings) Path(svg, ring, projection);
            svg.Append(CultureInfo.InvariantCulture, $"\"><title>{Encode(village.NamaDesa)}: {Encode(village.Nilai)}</title></path></a>");
        }
        foreach (var label in MapLabels.For(drawn, shapes, projection, rollup))
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"peta-nama\" x=\"{label.X:0.#}\" y=\"{label.Y:0.#}\" text-anchor=\"middle\" " +
                $"dominant-baseline=\"middle\" font-size=\"14\" font-weight=\"700\" fill=\"#263238\" stroke=\"#FFFFFF\" stroke-width=\"4\" " +
                $"paint-order=\"stroke\" pointer-events=\"none\">{Encode(label.Nama)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Path(StringBuilder svg, (double X, double Y)[] ring, MapProjection projection)
    {
        (double X, double Y)? last = null;
        foreach (var point in ring)
        {
            var p = projection.Project(point);
            if (last is { } l && Math.Abs(p.X - l.X) < 0.5 && Math.Abs(p.Y - l.Y) < 0.5) continue;
            svg.Append(CultureInfo.InvariantCulture, $"{(last is null ? "M" : "L")}{p.X:0.#} {p.Y:0.#}");
            last = p;
        }
        svg.Append('Z');
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
