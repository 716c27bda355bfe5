using Comet.Core.Tasks;
using Comet.Pipeline.Explaining;
using Comet.Reporting.Html.Building;
using Comet.Reporting.Html.Model;

namespace Comet.Pipeline.Reporting;

/// <summary>
/// The HTML report of a traced project (`comet report --sources`, `comet trace --report`): targets as
/// "code" and, when the project has tests, a second group "tests".
/// </summary>
public static class TraceReport
{
    /// <summary>
    /// Each group shows its own run's probabilities (a model fitted to requirement -> code says nothing
    /// of requirement -> test pairs); <paramref name="codeModel"/> replaces the code group's (a
    /// --probabilities file of `comet report`).
    /// </summary>
    /// <param name="clock">Dates the report; a test passes a fixed one.</param>
    /// <param name="testsModel">
    /// The tests group's probabilities when the caller has them already (`comet trace` built them for its
    /// link listing, <see cref="TraceLinkViews.ProbabilitiesOf"/>); null builds them from <paramref name="traced"/>.
    /// </param>
    public static HtmlReport Compose(TraceTask task, ProjectTraceResult traced, TimeProvider clock, ILinkProbabilities? codeModel = null, ILinkProbabilities? testsModel = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(traced);
        ArgumentNullException.ThrowIfNull(clock);
        var code = traced.Code;
        var groups = new List<TargetGroupInput>
        {
            new(ProjectTrace.CodeView, task.Sources, task.Targets, code.RankedBy, code.Ranking, code.Matrices, task.Gold, codeModel ?? ExplainedPosteriors.Of(code)),
        };
        if (traced.Tests is { } tests)
        {
            groups.Add(new TargetGroupInput(tests.Task.Targets.Name, task.Sources, tests.Task.Targets, tests.RankedBy, tests.Ranking, tests.Matrices, tests.Task.Gold, testsModel ?? ExplainedPosteriors.Of(tests)));
        }

        return new HtmlReport("Comet traceability report: " + task.Id, [TaskReportBuilder.Build(task, groups, [], sourceName: "requirements")], clock.GetUtcNow());
    }
}
