using Comet.Reporting.Html.Plots;

namespace Comet.Reporting.Tests.Html;

public class PlotSvgTests
{
    [Fact]
    public void Render_TwoPlots_GetDisjointIdsSoInlineClipPathsDoNotCollide()
    {
        var first = PlotSvg.Render(Sample(), "p1", "first");
        var second = PlotSvg.Render(Sample(), "p2", "second");

        var firstIds = Ids(first);
        Assert.NotEmpty(firstIds);
        Assert.All(firstIds, id => Assert.StartsWith("p1-", id, StringComparison.Ordinal));
        Assert.Empty(firstIds.Intersect(Ids(second)));
        Assert.Contains("url(#p1-", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Plot_IsInlineScalableSvgWithoutXmlDeclaration()
    {
        var svg = PlotSvg.Render(Sample(), "p", "a <plot>");

        Assert.StartsWith("<svg class=\"plot\" role=\"img\" aria-label=\"a &lt;plot&gt;\" viewBox=\"0 0 560 400\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("<text", svg, StringComparison.Ordinal);
    }

    private static ScottPlot.Plot Sample()
    {
        var plot = PlotSvg.NewPlot("title", "x", "y");
        plot.Add.ScatterLine(new double[] { 0, 0.5, 1 }, new double[] { 1, 0.5, 0.2 });
        return plot;
    }

    private static string[] Ids(string svg) =>
        [.. System.Text.RegularExpressions.Regex.Matches(svg, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
}
