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
    public void EvaluationReport_FixedClock_DatesThePageWithIt()
    {
        var report = EvaluationReport.Compose([], new FixedClock(FixedClock.Noon));

        Assert.Equal(FixedClock.Noon, report.GeneratedAt);
        Assert.Equal("Comet evaluation report: 0 benchmark tasks", report.Title);
    }
}
