using Comet.Pipeline.Explaining;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Links;

namespace Comet.Pipeline.Reporting;

/// <summary>
/// The link listings of a traced project (`comet trace`'s table, CSV or JSON): the "code" view and, when
/// the project has tests, the "tests" view, each with its model's probabilities and explanations.
/// </summary>
public static class TraceLinkViews
{
    /// <param name="top">Best candidates kept per source; null keeps them all.</param>
    public static IReadOnlyList<LinkView> Of(ProjectTraceResult traced, int? top)
    {
        ArgumentNullException.ThrowIfNull(traced);
        var views = new List<LinkView> { View(ProjectTrace.CodeView, traced.Code, top) };
        if (traced.Tests is { } tests)
        {
            views.Add(View(ProjectTrace.TestsView, tests, top));
        }

        return views;
    }

    /// <summary>The probabilities of the view named <paramref name="name"/>; null when there is no such view or it ran without a model.</summary>
    public static ILinkProbabilities? ProbabilitiesOf(IReadOnlyList<LinkView> views, string name)
    {
        ArgumentNullException.ThrowIfNull(views);
        return views.FirstOrDefault(v => v.Name == name)?.Probabilities;
    }

    private static LinkView View(string name, TraceResult result, int? top)
    {
        var details = ExplainedPosteriors.Of(result);
        return new LinkView(name, new LinkTable(result.Ranking, result.Matrices, details is null ? null : details.Detail), top)
        {
            CountStatement = details?.CountStatement,
            Probabilities = details,
        };
    }
}
