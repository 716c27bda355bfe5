using System.Globalization;
using Comet.Core.Links;
using Comet.Pipeline.Modelling;
using Comet.Server.Runs;

namespace Comet.Server.Links;

/// <summary>
/// The explanation's one sentence for people. A link the model scored says what the model weighs and its
/// posterior log-odds, with the first measure's z-value only as context; a calibrated link says how its
/// z-value maps to p. The two numbers are never mixed up: z is always the first measure's standing.
/// </summary>
internal static class LinkSentence
{
    public static string For(LinkResponse link, double z, double? logOdds, int rankWithinSource, RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(summary);
        var bucket = link.Bucket.WireName();
        var rank = string.Create(CultureInfo.InvariantCulture, $"Rank {link.Rank} of {summary.Links} (#{rankWithinSource} for {link.Source})");

        // Links stored before schema step 6 carry no log-odds; their run's model still says they were modelled.
        if (logOdds is not null || summary.Model == ModelNames.Hbn)
        {
            var odds = logOdds is { } l ? string.Create(CultureInfo.InvariantCulture, $", posterior log-odds {l:0.00}") : "";
            var answer = link.Feedback is not null ? $"; answered: {link.Feedback}" : "";
            answer += link.Bucket == LinkBucket.NeedsReview
                ? "; it needs review: it is its requirement's best candidate, and until answers teach the model how many links the project has, a low p is not evidence against it"
                : "";
            return string.Create(CultureInfo.InvariantCulture,
                $"{rank}: the link model weighs every measure's view of the pair, the project's answers and what they taught, and gives p = {link.Probability:0.00} ({bucket}{odds}); the first measure's score {link.Score:G4} lies {z:0.00} standard deviations from the run's mean{answer}.");
        }

        return link.Feedback is not null
            ? string.Create(CultureInfo.InvariantCulture, $"Rank {link.Rank} of {summary.Links}: a person's answer set p = {link.Probability:0.00} ({bucket}): {link.Feedback}.")
            : string.Create(CultureInfo.InvariantCulture,
                $"{rank}: the {summary.RankedBy} score {link.Score:G4} lies {z:0.00} standard deviations from the run's mean, which the calibration maps to p = {link.Probability:0.00} ({bucket}).");
    }
}
