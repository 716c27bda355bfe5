using Comet.Reporting.Html.Writing;

namespace Comet.Reporting.Tests.Html;

/// <summary>
/// The report's script and style are real .js/.css files embedded in Comet.Reporting; every page must
/// still inline them whole (a missing or renamed resource must fail here, not in a user's browser).
/// </summary>
public class ReportAssetsTests
{
    private static string Resource(string file)
    {
        var name = "Comet.Reporting.Html.Assets." + file;
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream(name);
        Assert.True(stream is not null, $"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);

        // The page inlines a file without its final newline.
        return reader.ReadToEnd().TrimEnd('\n');
    }

    [Theory]
    [InlineData("matrix.js", "function cometMatrix(spec)")]
    [InlineData("page.js", "performance.mark('comet-ready')")]
    [InlineData("report.css", ":root {")]
    public void Resource_EachAsset_IsEmbeddedWithItsContent(string file, string expected)
    {
        Assert.Contains(expected, Resource(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TraceReport_InlinesTheStyleAndBothScriptsWhole()
    {
        var html = HtmlReportWriter.Render(HtmlReportWriterTests.TraceReport());

        Assert.Contains("<style>" + Resource("report.css") + "</style>", html, StringComparison.Ordinal);
        Assert.Contains("<script>" + Resource("matrix.js") + "\n" + Resource("page.js") + "</script></body></html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ProtocolReport_InlinesTheStyleWhole()
    {
        var html = ProtocolReportWriter.Render([], [], new DateTimeOffset(2026, 1, 2, 12, 0, 0, TimeSpan.Zero));

        Assert.Contains("<style>" + Resource("report.css") + "</style>", html, StringComparison.Ordinal);
    }
}
