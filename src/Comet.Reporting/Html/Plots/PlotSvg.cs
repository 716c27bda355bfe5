using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Comet.Reporting.Html.Plots;

/// <summary>
/// Renders a ScottPlot plot as SVG markup that can sit inline in an HTML page beside other plots.
/// ScottPlot numbers its clip-path ids from the same counter in every plot, and inline SVGs share
/// one id space with the page, so each plot's ids get a unique prefix or every plot would clip to
/// the first one's rectangle.
/// </summary>
public static partial class PlotSvg
{
    public const int Width = 560;

    public const int Height = 400;

    public static string Render(Plot plot, string idPrefix, string description)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentException.ThrowIfNullOrWhiteSpace(idPrefix);
        var svg = plot.GetSvgXml(Width, Height);
        svg = XmlDeclaration().Replace(svg, string.Empty);
        svg = IdAttribute().Replace(svg, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        svg = UrlReference().Replace(svg, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");

        // A viewBox lets CSS scale the plot to its column; the label makes it readable to screen readers.
        var open = string.Create(
            CultureInfo.InvariantCulture,
            $"<svg class=\"plot\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(description)}\" viewBox=\"0 0 {Width} {Height}\"");
        return SvgOpenTag().Replace(svg, open, 1).Trim();
    }

    /// <summary>The project's look for every plot: sans-serif text that the browser also has.</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(title, size: 15);
        plot.XLabel(xLabel, size: 13);
        plot.YLabel(yLabel, size: 13);
        plot.Axes.SetLimits(0, 1, 0, 1.02);
        return plot;
    }

    [GeneratedRegex("<\\?xml[^>]*\\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("\\b((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();

    [GeneratedRegex("<svg(?=[\\s>])")]
    private static partial Regex SvgOpenTag();
}
