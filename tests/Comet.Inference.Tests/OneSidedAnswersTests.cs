using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Learning;

namespace Comet.Inference.Tests;

/// <summary>
/// Every answer the same and stated with certainty: whichever way answers teach, there is no second
/// class to learn from, and nothing may run off to infinity. (Kept from the tests of the answers'
/// weight refit, removed: docs/model-decisions.md.)
/// </summary>
public class OneSidedAnswersTests
{
    private static readonly SimulationTruth Truth = new(Sources: 60, Targets: 60, Density: 0.08, Concentration: 50, Weights: [1.0, 0.3], Correlation: 0.2);

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Infer_OneSidedCertainAnswers_StayFinite(bool saysLink, bool learnFromAnswers)
    {
        var evidence = new ModelSimulator(Truth, 5).Draw();
        var answers = Enumerable.Range(0, (int)evidence.PairCount).Where(i => i % 3 == 0)
            .Select(i => new FeedbackAnswer(evidence.SourceIds[i / evidence.TargetCount], evidence.TargetIds[i % evidence.TargetCount], saysLink ? 1.0 : 0.0))
            .ToArray();
        var options = InferenceOptions.Default with { Answers = AnswerLearningSettings.Default with { LearnFromAnswers = learnFromAnswers } };

        var posteriors = LinkInference.Infer(evidence.WithFeedback(answers), options);

        Assert.All(posteriors.LogOdds.ToArray(), l => Assert.True(double.IsFinite(l)));
        Assert.All(posteriors.Parameters.GroupWeights.Values, w => Assert.True(double.IsFinite(w) && w >= 0));
    }
}
