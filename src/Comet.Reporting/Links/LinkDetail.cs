using Comet.Core.Links;

namespace Comet.Reporting.Links;

/// <summary>What a link model says of one link: its probability, the uncertainty, the bucket and why.</summary>
/// <param name="Explanation">One line: the largest log-odds contributions (measures, feedback, paths).</param>
/// <param name="NeedsReview">The source's best candidate while the model cannot yet judge it (see <see cref="Html.Model.ILinkProbabilities.NeedsReview"/>).</param>
public sealed record LinkDetail(double Probability, double ProbabilitySd, string Explanation, bool NeedsReview = false)
{
    /// <summary>The bucket's wire name by Core's <see cref="LinkBuckets"/>, the one definition the service, the plugin and the reports share.</summary>
    public string Bucket => LinkBuckets.Of(Probability, NeedsReview).WireName();
}
