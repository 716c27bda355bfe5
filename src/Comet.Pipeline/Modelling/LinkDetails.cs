using System.Globalization;
using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Inference.Output;
using Comet.Pipeline.Explaining;
using Comet.Reporting.Links;

namespace Comet.Pipeline.Modelling;

/// <summary>Turns a model's posteriors into the per-link details that link tables and reports show.</summary>
public static class LinkDetails
{
    public static Func<ScoredLink, LinkDetail> From(LinkPosteriors posteriors)
    {
        ArgumentNullException.ThrowIfNull(posteriors);
        var rows = IdPositions.Of(posteriors.SourceIds);
        var columns = IdPositions.Of(posteriors.TargetIds);
        return link =>
        {
            var (i, j) = (rows[link.SourceId], columns[link.TargetId]);
            return new LinkDetail(posteriors.Probability(i, j), posteriors.ProbabilitySd(i, j), Explain(posteriors.Explain(i, j)));
        };
    }

    /// <summary>The three largest contributions by size, e.g. "lsi +1.20, prior -2.10, vsm +0.80".</summary>
    public static string Explain(LinkExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var terms = AdditiveExplanation.Terms(explanation);

        // The third format section catches terms that round to zero: with two sections .NET writes a
        // tiny negative one as "-+0.00".
        var parts = terms.OrderByDescending(t => Math.Abs(t.LogOdds)).Take(3)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Name} {t.LogOdds:+0.00;-0.00;+0.00}"));
        var via = explanation.Paths.Count > 0 ? $"; via {explanation.Paths[0].Via}" : string.Empty;
        return "log-odds " + string.Join(", ", parts) + via;
    }
}
