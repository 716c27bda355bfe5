using System.Text.Json;
using System.Text.RegularExpressions;
using Comet.Core.Links;
using Comet.Evaluation.Metrics;
using Comet.Reporting.Html.Building;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Html.Writing;
using Comet.Reporting.Tests.Support;

namespace Comet.Reporting.Tests.Html;

public class HtmlReportWriterTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_TraceReport_FetchesNothingFromTheNetwork()
    {
        var html = HtmlReportWriter.Render(TraceReport());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<(script|img|iframe)[^>]+src=", html);

        // The only URLs are XML namespace names inside the SVGs, which browsers never fetch.
        var urls = Regex.Matches(html, "https?://[^\"' )]+").Select(m => m.Value).Distinct();
        Assert.All(urls, url => Assert.StartsWith("http://www.w3.org/", url, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ArtifactTextWithMarkup_IsEscaped()
    {
        var html = HtmlReportWriter.Render(TraceReport());

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TraceReport_HasOneSectionPerRequirementAndTheGaps()
    {
        var html = HtmlReportWriter.Render(TraceReport());

        Assert.Equal(3, Regex.Count(html, "<details class=\"req\""));
        Assert.Contains("id=\"t0-g0-r2\" data-bucket=\"unlikely\"", html, StringComparison.Ordinal);
        Assert.Contains("whose best link is probably not (1)", html, StringComparison.Ordinal);
        Assert.Contains("generated 2026-01-02 12:00", html, StringComparison.Ordinal);
        Assert.Contains("not a probability", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MatrixData_HoldsOneByteLevelPerCellAndTheGoldCells()
    {
        var html = HtmlReportWriter.Render(EvaluationReport());

        var json = Regex.Match(html, "<script type=\"application/json\" id=\"comet-matrix-data\">(.*?)</script>").Groups[1].Value;
        var spec = JsonDocument.Parse(json).RootElement[0];
        var levels = Convert.FromBase64String(spec.GetProperty("levels").GetString()!);
        Assert.Equal(12, levels.Length);
        Assert.Equal(250, levels[0]);
        Assert.Equal(125, levels[5]);
        Assert.Equal([0, 5, 10], spec.GetProperty("gold").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("t0-g0-matrix", spec.GetProperty("id").GetString());
    }

    [Fact]
    public void Render_Evaluation_MarksBestSingleMeasureAndTheReleasedCometRun()
    {
        var html = HtmlReportWriter.Render(EvaluationReport());

        // lsi ranks all three gold links first (AP 1); both measures reach MAP 1, and a tie goes to the first run.
        Assert.Contains("<tr class=\"best-ap\" data-run=\"lsi\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"best-map\" data-run=\"vsm\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"reference\" data-run=\"COMET (original)\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<svg class=\"plot\""));
        Assert.Contains("min-max scaled score, not a probability", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TwoEvaluatedTasks_AddsTheSummaryTable()
    {
        var task = EvaluationReport().Tasks[0];

        var html = HtmlReportWriter.Render(new HtmlReport("two", [task, task with { TaskId = "other", Groups = [] }]));

        Assert.Contains("<section id=\"summary\">", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\"><b>1.000</b> / 1.000</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">0.867 / <b>1.000</b></td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteFile_Report_WritesTheWholePageAndReturnsItsSize()
    {
        var path = Path.Combine(Path.GetTempPath(), $"comet-report-{Guid.NewGuid():N}.html");
        try
        {
            var bytes = HtmlReportWriter.WriteFile(path, TraceReport());

            Assert.Equal(new FileInfo(path).Length, bytes);
            Assert.EndsWith("</html>\n", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.False(File.Exists(path + ".tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static HtmlReport TraceReport()
    {
        var task = new Core.Tasks.TraceTask { Id = "tiny", Sources = TinyProject.Sources, Targets = TinyProject.Targets };
        return new HtmlReport("Tiny", [TaskReportBuilder.Build(task, [TinyProject.Input()], [])], Noon);
    }

    private static HtmlReport EvaluationReport()
    {
        var task = new Core.Tasks.TraceTask { Id = "tiny", Sources = TinyProject.Sources, Targets = TinyProject.Targets, Gold = TinyProject.Gold };
        var matrices = TinyProject.Input().ScoresByMeasure;
        var runs = TaskReportBuilder.EvaluateRuns(task, matrices, reference: null).ToList();
        var original = new RankedLinks([new ScoredLink("R1", "Auth.java", 0.5), new ScoredLink("R2", "Util.java", 0.4)]);
        runs.Add(new EvaluatedRun("COMET (original)", RunKind.Reference, original, Evaluator.Evaluate(original, TinyProject.Gold)));
        return new HtmlReport("Tiny evaluation", [TaskReportBuilder.Build(task, [TinyProject.Input(TinyProject.Gold)], runs)]);
    }
}
