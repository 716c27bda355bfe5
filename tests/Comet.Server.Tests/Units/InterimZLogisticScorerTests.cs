using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Pipeline;
using Comet.Server.Scoring;

namespace Comet.Server.Tests.Units;

public sealed class InterimZLogisticScorerTests
{
    [Fact]
    public void Probability_AtMidpoint_IsOneHalfAndRisesWithZ()
    {
        Assert.Equal(0.5, InterimZLogisticScorer.Probability(InterimZLogisticScorer.Midpoint), 12);
        Assert.True(InterimZLogisticScorer.Probability(3) > 0.9);
        Assert.True(InterimZLogisticScorer.Probability(0) < 0.1);
    }

    [Fact]
    public void Score_NoFeedback_KeepsTheScoreOrderAndUsesZValues()
    {
        var scored = new InterimZLogisticScorer().Score(Result([0.9, 0.1, 0.1, 0.1]), [], CancellationToken.None);

        Assert.Equal(("S1", "T1"), (scored.Links[0].SourceId, scored.Links[0].TargetId));
        Assert.Equal(Math.Sqrt(3), scored.Links[0].Z, 12); // (0.9 - 0.3) / sd 0.3464...
        Assert.Equal(InterimZLogisticScorer.Probability(Math.Sqrt(3)), scored.Links[0].Probability, 12);
        Assert.Equal(0, scored.FeedbackApplied);
    }

    [Fact]
    public void Score_EqualProbabilities_FallBackToTheTieBreakRule()
    {
        var scored = new InterimZLogisticScorer().Score(Result([0.5, 0.5, 0.5, 0.5]), [], CancellationToken.None);
        Assert.Equal(["S1>T1", "S1>T2", "S2>T1", "S2>T2"], scored.Links.Select(l => l.SourceId + ">" + l.TargetId));
        Assert.All(scored.Links, l => Assert.Equal(0, l.Z));
    }

    [Fact]
    public void Score_SeveralAnswersOnOneLink_TheLatestDecides()
    {
        LinkFeedback[] history =
        [
            Answer(1, "S2", "T2", FeedbackVerdict.Confirm),
            Answer(2, "S2", "T2", FeedbackVerdict.Reject),
            Answer(3, "S2", "T1", FeedbackVerdict.Likert, likert: 4),
        ];
        var scored = new InterimZLogisticScorer().Score(Result([0.9, 0.1, 0.1, 0.1]), history, CancellationToken.None);
        var byLink = scored.Links.ToDictionary(l => (l.SourceId, l.TargetId));

        Assert.Equal(0.02, byLink[("S2", "T2")].Probability, 12);
        Assert.Equal(0.75, byLink[("S2", "T1")].Probability, 12);
        Assert.Contains("reject by ana (#2)", byLink[("S2", "T2")].Feedback, StringComparison.Ordinal);
        Assert.Equal(2, scored.FeedbackApplied);
        Assert.Equal(("S2", "T1"), (scored.Links[0].SourceId, scored.Links[0].TargetId)); // 0.75 beats the z-based 0.66
    }

    [Theory]
    [InlineData(0.7, "probably-linked")]
    [InlineData(0.6999, "unsure")]
    [InlineData(0.4, "unsure")]
    [InlineData(0.3999, "probably-not")]
    public void Classify_DefaultThresholds_LowerBoundsAreInclusive(double probability, string expected) =>
        Assert.Equal(expected, BucketThresholds.Default.Classify(probability).WireName());

    private static LinkFeedback Answer(long id, string source, string target, FeedbackVerdict verdict, int? likert = null) =>
        new(id, source, target, verdict, likert, "ana", null, null, DateTimeOffset.UnixEpoch);

    // Two sources x two targets with the given row-major scores of one measure.
    private static TraceResult Result(double[] scores)
    {
        var sources = new ArtifactSet("s", [new Artifact("S1", ArtifactKind.Requirement, "a", null, "en"), new Artifact("S2", ArtifactKind.Requirement, "b", null, "en")]);
        var targets = new ArtifactSet("t", [new Artifact("T1", ArtifactKind.Source, "c", null, "en"), new Artifact("T2", ArtifactKind.Source, "d", null, "en")]);
        var task = new TraceTask { Id = "unit", Sources = sources, Targets = targets };
        var matrix = new SimilarityMatrix(["S1", "S2"], ["T1", "T2"], scores);
        return new TraceResult(task, new Dictionary<string, SimilarityMatrix> { ["vsm"] = matrix }, "vsm", RankedLinks.FromMatrix(matrix), new Dictionary<string, TimeSpan>());
    }
}
