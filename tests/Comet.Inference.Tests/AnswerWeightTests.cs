using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Inference.Evidence;
using Comet.Inference.Features;
using Comet.Inference.Inference;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Tests;

/// <summary>
/// The answers' weight refit (an option, off by default: ModelPriors.AnswerWeightPrecisions says why)
/// refits the measure weights only when held-out answers say the refit predicts better.
/// </summary>
public class AnswerWeightTests
{
    private static readonly SimulationTruth Truth = new(Sources: 60, Targets: 60, Density: 0.08, Concentration: 50, Weights: [1.0, 0.3], Correlation: 0.2);

    private static readonly InferenceOptions Refit = InferenceOptions.Default with
    {
        Priors = InferenceOptions.Default.Priors with { AnswerWeightPrecisions = [100, 30, 10, 3, 1], LearnFromAnswers = false },
    };

    // The refit belongs to the earlier answer handling (answers as votes inside the fit).
    private static readonly InferenceOptions NoRefit = InferenceOptions.Default with
    {
        Priors = InferenceOptions.Default.Priors with { LearnFromAnswers = false },
    };

    /// <summary>A bimodal measure unrelated to the links: an unlabelled mixture fit is drawn to it.</summary>
    private static (LinkEvidence Evidence, ModelSimulator Simulator) WithDecoy(int seed)
    {
        var simulator = new ModelSimulator(Truth, seed);
        var evidence = simulator.Draw();
        var random = new Random(seed + 1000);
        var decoy = Enumerable.Range(0, (int)evidence.PairCount).Select(_ => random.NextDouble() < 0.1 ? 3 + random.NextDouble() : random.NextDouble()).ToArray();
        var measures = new Dictionary<string, SimilarityMatrix>(evidence.Measures)
        {
            ["decoy"] = new SimilarityMatrix(evidence.SourceIds, evidence.TargetIds, decoy),
        };
        return (new LinkEvidence(evidence.SourceIds, evidence.TargetIds, measures), simulator);
    }

    /// <summary>Answers on a quarter of the pairs, a share of them flipped; inferred with and without the refit.</summary>
    private static (LinkPosteriors Refit, LinkPosteriors Kept) InferBothWays(double flipped)
    {
        var (evidence, simulator) = WithDecoy(seed: 21);
        var answered = evidence.WithFeedback(simulator.Answers(evidence, 0.25, 0.9, flipped));
        return (LinkInference.Infer(answered, Refit), LinkInference.Infer(answered, NoRefit));
    }

    [Fact]
    public void Infer_AccurateAnswers_RefitWeightsAwayFromTheDecoy()
    {
        var (refit, kept) = InferBothWays(flipped: 0.05);

        Assert.NotNull(refit.Parameters.AnswerWeightPrecision);
        Assert.Null(kept.Parameters.AnswerWeightPrecision);
        var decoyShare = (LinkPosteriors p) => p.Parameters.GroupWeights["decoy"] / p.Parameters.GroupWeights.Values.Sum();
        Assert.True(decoyShare(refit) < decoyShare(kept), $"decoy's share of the weight: {decoyShare(kept):0.000} -> {decoyShare(refit):0.000}");
    }

    [Fact]
    public void Infer_AccurateAnswers_RaiseAveragePrecisionOnPairsWithoutAnswers()
    {
        var (evidence, simulator) = WithDecoy(seed: 21);
        var answers = simulator.Answers(evidence, 0.25, 0.9, 0.05);
        var judged = answers.Select(a => new TraceLink(a.SourceId, a.TargetId)).ToHashSet();
        var answered = evidence.WithFeedback(answers);

        var kept = UnseenPairs.AveragePrecision(LinkInference.Infer(answered, NoRefit), simulator.Links, judged);
        var refit = UnseenPairs.AveragePrecision(LinkInference.Infer(answered, Refit), simulator.Links, judged);

        Assert.True(refit > kept + 0.01, $"AP on pairs without answers: {kept:0.000} without the refit, {refit:0.000} with it");
    }

    [Fact]
    public void Infer_CoinFlipAnswers_LeaveTheWeightsAlone()
    {
        var (refit, kept) = InferBothWays(flipped: 0.5);

        Assert.Null(refit.Parameters.AnswerWeightPrecision);
        Assert.Equal(kept.LogOdds.ToArray(), refit.LogOdds.ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Infer_OneSidedCertainAnswers_StayFinite(bool saysLink)
    {
        // Every answer the same and stated with certainty: the refit's likelihood has no second class.
        var (evidence, _) = WithDecoy(seed: 5);
        var answers = Enumerable.Range(0, (int)evidence.PairCount).Where(i => i % 3 == 0)
            .Select(i => new FeedbackAnswer(evidence.SourceIds[i / evidence.TargetCount], evidence.TargetIds[i % evidence.TargetCount], saysLink ? 1.0 : 0.0))
            .ToArray();

        var posteriors = LinkInference.Infer(evidence.WithFeedback(answers), Refit);

        Assert.All(posteriors.LogOdds.ToArray(), l => Assert.True(double.IsFinite(l)));
        Assert.All(posteriors.Parameters.GroupWeights.Values, w => Assert.True(double.IsFinite(w) && w >= 0));
    }

    [Fact]
    public void Weights_AnswersThatFindTheEvidenceFlat_KeepTheUnlabelledWeights()
    {
        // "Link" answers exactly on the lowest-scoring pairs: no non-negative weight helps, the scale s
        // falls to 0, and w / s says nothing about the balance of the two measures.
        const int pairs = 400;
        var first = Enumerable.Range(0, pairs).Select(i => i / (double)pairs).ToArray();
        var second = first.Select(Math.Sqrt).ToArray();
        var features = new FeatureSet([new("a", "a:global", first), new("b", "b:global", second)], rows: 20, targets: 20);
        var answers = Enumerable.Range(0, pairs).Where(i => i % 2 == 0).Select(i => new FeedbackObservation(i, SaysLink: i < pairs / 4, Strength: 1)).ToList();
        var generative = new EmissionParameters(["a:global", "b:global"], ["a", "b"], [0.5, 0.5], new double[,] { { 0.1, 0 }, { 0, 0.1 } }, [2.0, 0.5], effectiveLinks: 20);
        var fit = new AnswerWeightFit(features, answers, new FeedbackLikelihood(0.9, 0.1), generative, _ => -2);

        var (weights, _) = fit.Weights(precision: 1);

        Assert.Equal([2.0, 0.5], weights);
    }
}
