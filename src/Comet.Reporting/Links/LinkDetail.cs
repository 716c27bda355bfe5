using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Links;

/// <summary>What a link model says of one link: its probability, the uncertainty, the bucket and why.</summary>
/// <param name="Explanation">One line: the largest log-odds contributions (measures, feedback, paths).</param>
/// <param name="NeedsReview">The source's best candidate while the model cannot yet judge it (see <see cref="ILinkProbabilities.NeedsReview"/>).</param>
public sealed record LinkDetail(double Probability, double ProbabilitySd, string Explanation, bool NeedsReview = false)
{
    /// <summary>The bucket by <see cref="LinkBuckets"/>, the thresholds the service, the plugin and the reports share.</summary>
    public string Bucket => LinkBuckets.Of(Probability, NeedsReview).WireName();
}
