using Comet.Pipeline.Reporting;
using Comet.Reporting.Html.Writing;

namespace Comet.Pipeline.Tests;

/// <summary>The pipeline composes the HTML reports the front ends write, dated by the clock it is given.</summary>
public class ReportCompositionTests
{
    private static readonly string[] Requirements = ["the user logs in with a password", "the report lists every order"];
    private static readonly string[] Code = ["class Login { password check user }", "class OrderReport { list orders }"];

    [Fact]
    public void TraceReport_FixedClock_DatesThePageWithIt()
    {
        var task = TinyTasks.Task(Requirements, Code);
        var traced = ProjectTrace.Run(new TracePipeline(new PipelineOptions { Measures = ["vsm"] }), task);

        var report = TraceReport.Compose(task, traced, new FixedClock(FixedClock.Noon));

        Assert.Equal(FixedClock.Noon, report.GeneratedAt);
        Assert.Equal("Comet traceability report: fixture", report.Title);
        Assert.Equal([ProjectTrace.CodeView], report.Tasks.Single().Groups.Select(g => g.Name));
        Assert.Contains(FixedClock.NoonAsShown, HtmlReportWriter.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void TraceReport_WithTheListingsProbabilities_IsThePageItBuildsItself()
    {
        var task = TinyTasks.Task(Requirements, Code);
        var traced = ProjectTrace.Run(new TracePipeline(new PipelineOptions { Measures = ["vsm"], Model = "hbn" }), task);
        var views = TraceLinkViews.Of(traced, top: null);
        var clock = new FixedClock(FixedClock.Noon);

        // `comet trace --report` hands the listing's probabilities over rather than reading the model again.
        var codeModel = TraceLinkViews.ProbabilitiesOf(views, ProjectTrace.CodeView);
        var reused = TraceReport.Compose(task, traced, clock, codeModel, TraceLinkViews.ProbabilitiesOf(views, ProjectTrace.TestsView));

        Assert.NotNull(codeModel);
        Assert.Null(TraceLinkViews.ProbabilitiesOf(views, ProjectTrace.TestsView)); // no tests folder, no tests view
        Assert.Equal(HtmlReportWriter.Render(TraceReport.Compose(task, traced, clock)), HtmlReportWriter.Render(reused));
    }

    [Fact]
    public void EvaluationReport_FixedClock_DatesThePageWithIt()
    {
        var report = EvaluationReport.Compose([], new FixedClock(FixedClock.Noon));

        Assert.Equal(FixedClock.Noon, report.GeneratedAt);
        Assert.Equal("Comet evaluation report: 0 benchmark tasks", report.Title);
    }
}
