using System.Globalization;
using Comet.Inference.Output;

namespace Comet.Inference.Review;

/// <summary>
/// How many links the project has, as far as the model can say: the sum of the probabilities with a 90%
/// interval when answers taught the count (<see cref="ReviewMarkers.CountIsKnown"/>), else "unknown".
/// The interval holds two spreads: that of a sum of independent yes/no links with those probabilities,
/// and that of the learned calibration itself (<see cref="AnswerLearningSummary.CountVariance"/>: a few
/// dozen answers fix the count only roughly, and the first interval alone was far too narrow, on the
/// demo, 32 answers chosen by `comet review`: 50-68 links against 69 true; with it 31-87).
/// </summary>
public sealed record LinkCountEstimate(bool Known, double Expected, double Lower, double Upper)
{
    public static LinkCountEstimate Of(LinkPosteriors posteriors)
    {
        ArgumentNullException.ThrowIfNull(posteriors);
        double sum = 0, variance = 0;
        foreach (var eta in posteriors.LogOdds)
        {
            var p = LinkPosteriors.Sigmoid(eta);
            sum += p;
            variance += p * (1 - p);
        }

        variance += posteriors.Parameters.AnswerLearning?.CountVariance ?? 0;
        var half = 1.645 * Math.Sqrt(variance);
        return new LinkCountEstimate(ReviewMarkers.CountIsKnown(posteriors), sum, Math.Max(0, sum - half), sum + half);
    }

    /// <summary>One line for people.</summary>
    public override string ToString() => Known
        ? string.Create(CultureInfo.InvariantCulture, $"about {Expected:0} links (90% interval {Lower:0}-{Upper:0}), the count learned from the answers")
        : "how many links there are is not known until answers teach it: each requirement's best candidate reads \"needs review\"";
}
